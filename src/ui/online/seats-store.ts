// The seats this browser holds in online matches, kept in localStorage so that a reload, a closed
// tab or the invite link brings the person back into their seat. The credentials are the seat's
// only key: they never leave this browser except to our own server.
import type { SeatCredentials } from './lobby-client';

export interface HeldSeat extends SeatCredentials {
  matchID: string;
  playerName: string;
  scenario?: string;
  numPlayers?: number;
  joinedAt: number;
}

const SEATS_KEY = 'hub-and-spokes/online-seats';
const NAME_KEY = 'hub-and-spokes/player-name';
/** the oldest seats are forgotten beyond this many */
const MAX_SEATS = 30;

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

function browserStore(): KeyValueStore | null {
  try {
    return typeof window !== 'undefined' ? window.localStorage : null;
  } catch {
    return null; // storage disabled (private mode, a sandboxed frame)
  }
}

const isHeldSeat = (x: unknown): x is HeldSeat => {
  const s = x as Partial<HeldSeat> | null;
  return !!s && typeof s.matchID === 'string' && typeof s.playerID === 'string' && typeof s.credentials === 'string'
    && typeof s.playerName === 'string' && typeof s.joinedAt === 'number';
};

export class SeatsStore {
  constructor(private readonly store: KeyValueStore | null = browserStore()) {}

  /** Every held seat, the newest first. */
  all(): HeldSeat[] {
    const raw = this.read(SEATS_KEY);
    if (!raw) return [];
    try {
      const list: unknown = JSON.parse(raw);
      return Array.isArray(list) ? list.filter(isHeldSeat).sort((a, b) => b.joinedAt - a.joinedAt) : [];
    } catch {
      return [];
    }
  }

  /** The seat held in a match (one browser holds one seat per match). */
  seatIn(matchID: string): HeldSeat | undefined {
    return this.all().find((s) => s.matchID === matchID);
  }

  keep(seat: HeldSeat): void {
    const rest = this.all().filter((s) => s.matchID !== seat.matchID);
    this.write(SEATS_KEY, JSON.stringify([seat, ...rest].slice(0, MAX_SEATS)));
  }

  forget(matchID: string): void {
    this.write(SEATS_KEY, JSON.stringify(this.all().filter((s) => s.matchID !== matchID)));
  }

  lastName(): string {
    return this.read(NAME_KEY) ?? '';
  }

  rememberName(name: string): void {
    this.write(NAME_KEY, name);
  }

  private read(key: string): string | null {
    try {
      return this.store?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  private write(key: string, value: string): void {
    try {
      this.store?.setItem(key, value);
    } catch {
      // full or refused: the seat still works until the tab closes
    }
  }
}
