// Who may act or see as a seat. boardgame.io's default lets anyone act as any seat of a match in
// which nobody has joined yet (it asks for credentials only once some seat has them), and that
// is enough to deal the cards and read a hand. Here a seat needs its own credentials, always;
// a seat nobody holds can be neither played nor watched as (spectators sync with no seat).
import { timingSafeEqual } from 'node:crypto';

interface SeatMetadata { credentials?: string }

export function seatCredentialsMatch(credentials: unknown, seat: SeatMetadata | undefined): boolean {
  const held = seat?.credentials;
  if (typeof credentials !== 'string' || typeof held !== 'string' || held.length === 0) return false;
  const a = Buffer.from(credentials);
  const b = Buffer.from(held);
  return a.length === b.length && timingSafeEqual(a, b);
}
