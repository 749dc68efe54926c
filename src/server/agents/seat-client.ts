// A seat's connection to this server, exactly as a person's browser makes it: boardgame.io's
// socket client with the seat's player id and credentials, so it receives that seat's view
// and nothing more, and its moves pass the same guard and the same legality check.
import { Client } from 'boardgame.io/client';
import { SocketIO } from 'boardgame.io/multiplayer';
import { HubAndSpokes, type PlayerView } from '../../game';
import { MATCH_QUERY } from '../cluster/placement';

export type SeatClient = ReturnType<typeof Client<PlayerView>>;

export interface SeatAddress {
  /** the server's own address, e.g. http://127.0.0.1:8000 */
  server: string;
  matchID: string;
  playerID: string;
  credentials: string;
}

export function seatClient(seat: SeatAddress): SeatClient {
  return Client<PlayerView>({
    game: HubAndSpokes as never,
    multiplayer: SocketIO({ server: seat.server, socketOpts: { query: { [MATCH_QUERY]: seat.matchID } } }),
    matchID: seat.matchID,
    playerID: seat.playerID,
    credentials: seat.credentials,
    debug: false,
  });
}

/** Sends one move by name; the server judges it against the seat's legal actions. */
export function sendMove(client: SeatClient, action: { move: string; args: readonly unknown[] }): void {
  const move = client.moves[action.move] as ((...args: unknown[]) => void) | undefined;
  if (!move) throw new Error(`no move ${action.move}`);
  move(...action.args);
}
