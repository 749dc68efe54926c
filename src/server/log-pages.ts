// GET /hub/matches/:matchID/log/:page — an earlier round's page of the game's own log, filtered
// for the asking seat (headers x-player-id and x-credentials) or public (no headers: a
// spectator). The state a client receives holds only the current round's page and the number
// of earlier ones (`historyPages`), so reconnects stay small; the UI fetches pages on demand.
import type { Server as BgioServer } from 'boardgame.io/server';
import type { Server as ServerTypes, State } from 'boardgame.io';
import { logPage, type GState } from '../game';
import type { SqliteStorage } from './storage/sqlite';

type App = ReturnType<typeof BgioServer>;

class Refusal extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export function serveLogPages(server: App, storage: SqliteStorage): void {
  server.router.get('/hub/matches/:matchID/log/:page', async (ctx) => {
    try {
      const { matchID, page } = ctx.params as { matchID: string; page: string };
      if (!/^\d{1,6}$/.test(page)) throw new Refusal(400, 'the page must be a whole number from 0');
      const { state, metadata } = storage.fetch(matchID, { state: true, metadata: true });
      if (!state || !metadata) throw new Refusal(404, 'no such match');
      const playerID = await seatAsking(server, metadata, ctx.get('x-player-id'), ctx.get('x-credentials'));
      const entries = logPage((state as State<GState>).G, Number(page), playerID);
      if (!entries) throw new Refusal(404, `no log page ${page}: this match has ${(state as State<GState>).G.history.length} earlier rounds`);
      ctx.body = { page: Number(page), entries };
    } catch (e) {
      if (!(e instanceof Refusal)) throw e;
      ctx.status = e.status;
      ctx.body = { error: e.message };
    }
  });
}

/** The seat whose page this is, or null for a spectator; refuses what does not prove a seat. */
async function seatAsking(server: App, metadata: ServerTypes.MatchData, playerID: string, credentials: string): Promise<string | null> {
  if (!playerID && !credentials) return null;
  const seat = Object.hasOwn(metadata.players, playerID) ? metadata.players[Number(playerID)] : undefined;
  if (!seat) throw new Refusal(400, `no seat "${playerID}" in this match`);
  // boardgame.io lets anyone through for a seat that nobody has joined: a page is a seat's secret.
  if (!seat.credentials || !credentials) throw new Refusal(403, 'this seat needs its credentials');
  if (!(await server.auth.authenticateCredentials({ playerID, credentials, metadata }))) throw new Refusal(403, 'wrong credentials for this seat');
  return playerID;
}
