// GET /hub/matches/:matchID/log/:page: earlier rounds' log pages, filtered for the seat that
// asks (x-player-id + x-credentials) or public for a spectator (no headers); 4xx with a JSON
// { error } for anything that does not name a page and prove a seat.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SeededRng, actingSeat, awaitedPlayers, legalActionsFor, logPage, seatsOf, type GState, type LogEntry, type PagedView } from '../../src/game';
import type { RunningServer } from '../../src/server/server';
import { caughtUp, remoteClient, seatedMatch, testServer, type RemoteClient } from './remote-play';

let server: RunningServer;
let stop: () => Promise<void>;
let matchID = '';
let credentials: string[] = [];
let G: GState;

async function page(match: string, n: string | number, headers: Record<string, string> = {}): Promise<{ status: number; body: { page?: number; entries?: LogEntry[]; error?: string } }> {
  const res = await fetch(new URL(`/hub/matches/${match}/log/${n}`, server.url), { headers });
  expect(res.headers.get('content-type')).toMatch(/application\/json/);
  return { status: res.status, body: (await res.json()) as never };
}
const seat = (p: number) => ({ 'x-player-id': String(p), 'x-credentials': credentials[p] as string });

/** Plays random legal moves from six clients until `done` holds for the state they hold. */
async function playUntil(done: (view: PagedView) => boolean): Promise<void> {
  const players = ['0', '1', '2', '3', '4', '5'];
  const clients = await Promise.all(players.map(async (p, i) => (await remoteClient(server, matchID, p, credentials[i])).client));
  const rng = new SeededRng('pages');
  try {
    for (let moves = 0; ; moves++) {
      const state = clients[0]?.getState() as unknown as { G: PagedView; _stateID: number };
      if (done(state.G)) return;
      if (moves > 3000) throw new Error('never done');
      const player = awaitedPlayers(state.G)[0] as string;
      const client = clients[Number(player)] as RemoteClient;
      const mine = client.getState()?.G as PagedView;
      const acting = actingSeat(mine, player);
      if (!acting) throw new Error('no seat to act for');
      const legal = legalActionsFor(mine, acting);
      const action = legal[Math.floor(rng.number() * legal.length)];
      if (!action) throw new Error('no legal action');
      (client.moves[action.move] as (...a: unknown[]) => void)(...action.args);
      await caughtUp(clients, state._stateID + 1);
    }
  } finally {
    for (const c of clients) c.stop();
  }
}

beforeAll(async () => {
  ({ server, stop } = await testServer('hs-pages-'));
  ({ matchID, credentials } = await seatedMatch(server, 6, { scenario: 'class-election' }));
  await playUntil((view) => view.historyPages >= 2 || !!view.result);
  G = server.storage.fetch(matchID, { state: true }).state?.G as GState;
}, 60_000);
afterAll(async () => stop());

const secret = (e: LogEntry) => e.type === 'hand' || e.type === 'agendaDealt';

describe('log pages', () => {
  it('give each seat every earlier page with its own dealt cards and no other seat\'s', async () => {
    expect(G.history.length).toBeGreaterThanOrEqual(1);
    for (let p = 0; p < 6; p++) {
      const mine = seatsOf(G, String(p));
      let own = 0;
      for (let n = 0; n < G.history.length; n++) {
        const { status, body } = await page(matchID, n, seat(p));
        expect(status).toBe(200);
        expect(body.page).toBe(n);
        expect(body.entries).toEqual(logPage(G, n, String(p)));
        for (const e of (body.entries ?? []).filter(secret)) expect(mine, `seat ${p} got ${JSON.stringify(e)}`).toContain((e as { actor: string }).actor);
        own += (body.entries ?? []).filter(secret).length;
      }
      // the first round deals every seat its hand and agenda: the filter keeps a seat's own
      expect(own, `seat ${p}'s own dealt cards`).toBeGreaterThanOrEqual(2);
    }
  });

  it('give a spectator the public entries only, the same as every seat sees', async () => {
    for (let n = 0; n < G.history.length; n++) {
      const { status, body } = await page(matchID, n);
      expect(status).toBe(200);
      const entries = body.entries ?? [];
      expect(entries.filter(secret)).toEqual([]);
      expect(entries).toEqual((G.history[n] ?? []).filter((e) => !secret(e)));
      expect(entries.length).toBeGreaterThan(0);
    }
  });

  it('answer 4xx with a JSON error for a wrong match, page, seat or credentials', async () => {
    const cases: [string, string | number, Record<string, string>, number][] = [
      ['no-such-match', 0, {}, 404],
      [matchID, G.history.length, {}, 404],
      [matchID, 'abc', {}, 400],
      [matchID, '-1', {}, 400],
      [matchID, '1e3', {}, 400],
      [matchID, 0, { 'x-player-id': '0', 'x-credentials': 'wrong' }, 403],
      [matchID, 0, { 'x-player-id': '0', 'x-credentials': credentials[1] as string }, 403],
      [matchID, 0, { 'x-player-id': '0' }, 403],
      [matchID, 0, { 'x-credentials': credentials[0] as string }, 400],
      [matchID, 0, { 'x-player-id': '9', 'x-credentials': credentials[0] as string }, 400],
      [matchID, 0, { 'x-player-id': '__proto__', 'x-credentials': credentials[0] as string }, 400],
      [matchID, 0, { 'x-player-id': 'constructor', 'x-credentials': credentials[0] as string }, 400],
    ];
    for (const [match, n, headers, status] of cases) {
      const got = await page(match, n, headers);
      expect({ match, n, headers, status: got.status }).toEqual({ match, n, headers, status });
      expect(typeof got.body.error).toBe('string');
      expect(got.body.entries).toBeUndefined();
    }
  });

  it("refuse a seat that nobody has joined (boardgame.io's own check would let anyone in)", async () => {
    const half = await seatedMatch(server, 3, { scenario: 'class-election' }, 2);
    const got = await page(half.matchID, 0, { 'x-player-id': '2' });
    expect(got.status).toBe(403);
    const spectator = await page(half.matchID, 0);
    // no page yet: the game has not begun, whoever asks
    expect(spectator.status).toBe(404);
  });
});
