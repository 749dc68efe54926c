// The lobby steps that hand this browser a seat: join a seat, create a match and sit in it, leave,
// and follow the players into the next match. Each keeps the seat store in step with the server.
import type { LobbyClient, MatchInfo } from './lobby-client';
import { createRequest, type MatchForm } from './match-setup';
import type { HeldSeat, SeatsStore } from './seats-store';

export interface SeatServices {
  lobby: LobbyClient;
  seats: SeatsStore;
  now?: () => number;
}

/** Joins a seat under a name and keeps its credentials. */
export async function joinSeat(
  { lobby, seats, now = Date.now }: SeatServices,
  matchID: string,
  playerID: string,
  playerName: string,
  match?: Pick<MatchInfo, 'players' | 'setupData'>,
): Promise<HeldSeat> {
  const name = playerName.trim();
  const joined = await lobby.joinMatch(matchID, playerID, name);
  const held: HeldSeat = {
    matchID,
    playerID: joined.playerID,
    credentials: joined.credentials,
    playerName: name,
    ...(match?.setupData?.scenario ? { scenario: match.setupData.scenario } : {}),
    ...(match ? { numPlayers: match.players.length } : {}),
    joinedAt: now(),
  };
  seats.keep(held);
  seats.rememberName(name);
  return held;
}

/** Creates a match from the form and sits its creator in the chosen seat. */
export async function createAndJoin(services: SeatServices, form: MatchForm, playerID: string, playerName: string): Promise<HeldSeat> {
  const request = createRequest(form);
  const matchID = await services.lobby.createMatch(request);
  const players = Array.from({ length: form.numPlayers }, (_, id) => ({ id }));
  return joinSeat(services, matchID, playerID, playerName, { players, setupData: request.setupData });
}

/** Gives the seat back to the server and forgets it here. A seat the server no longer knows is
 *  forgotten too (there is nothing left to give back). */
export async function leaveSeat({ lobby, seats }: SeatServices, seat: HeldSeat): Promise<void> {
  try {
    await lobby.leaveMatch(seat.matchID, seat);
  } catch (e) {
    const status = (e as { status?: number }).status;
    if (status !== 403 && status !== 404) throw e;
  }
  seats.forget(seat.matchID);
}

/** The next match after a finished one, in the same seat under the same name. */
export async function playAgain(services: SeatServices, seat: HeldSeat): Promise<HeldSeat> {
  const nextMatchID = await services.lobby.playAgain(seat.matchID, seat);
  const already = services.seats.seatIn(nextMatchID);
  if (already) return already;
  const next = await services.lobby.getMatch(nextMatchID);
  return joinSeat(services, nextMatchID, seat.playerID, seat.playerName, next);
}
