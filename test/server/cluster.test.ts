// The server as a primary and two worker processes (WORKERS=2), over loopback: the primary
// passes the page and the Lobby API on, each match is made and played by one worker (its
// owner, by a hash of its id), a socket reaches its match's owner through its query, another
// worker's match is no match to a socket, a burst of sockets all reach their worker, bots play in their match's worker, and a worker
// killed mid-game is started again and its games go on.
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from 'boardgame.io/client';
import { SocketIO } from 'boardgame.io/multiplayer';
import { io } from 'socket.io-client';
import { HubAndSpokes, SeededRng, awaitedPlayers, legalActions, type GState } from '../../src/game';
import { startCluster, type RunningCluster } from '../../src/server/cluster/primary';
import { MATCH_QUERY, ownerOf } from '../../src/server/cluster/placement';
import type { ServerConfig } from '../../src/server/config';

const root = mkdtempSync(join(tmpdir(), 'hs-cluster-'));
const clientDir = join(root, 'client');
mkdirSync(clientDir);
writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>Hub &amp; Spokes</title>');
const config: ServerConfig = { host: '127.0.0.1', port: 0, dataDir: join(root, 'data'), clientDir, moveLimit: null, botPaceMs: 20 };
let cluster: RunningCluster;
beforeAll(async () => {
  cluster = await startCluster(config, 2);
}, 60_000);
afterAll(async () => {
  await cluster?.stop();
  rmSync(root, { recursive: true, force: true });
});

/** A Lobby request from a loopback address of our choice (127.0.0.x): the primary routes a
 *  match-less request by the client's address. */
function lobby(path: string, body?: unknown, from = '127.0.0.1', extra: Record<string, string> = {}): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = request(new URL(path, cluster.url), {
      method: payload ? 'POST' : 'GET', localAddress: from,
      headers: { ...extra, ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}) },
    }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: text ? JSON.parse(text) : null }));
    });
    req.on('error', reject);
    req.end(payload);
  });
}

type BgioClient = ReturnType<typeof Client>;
const server = () => cluster.url.replace(/\/$/, '');
function connect(matchID: string, playerID: string, credentials: string): Promise<BgioClient> {
  const client = Client({
    game: HubAndSpokes, matchID, playerID, credentials, debug: false,
    multiplayer: SocketIO({ server: server(), socketOpts: { query: { [MATCH_QUERY]: matchID } } }),
  });
  client.start();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`player ${playerID} did not sync`)), 10_000);
    const unsubscribe = client.subscribe((state) => {
      if (!state) return;
      clearTimeout(timer);
      setTimeout(() => unsubscribe(), 0);
      resolve(client);
    });
  });
}

async function until(test: () => boolean, what: string, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!test()) {
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Creates a two-seat match from `from` and seats both players. */
async function seated(from: string, setupData: Record<string, unknown> = {}): Promise<{ matchID: string; credentials: Record<string, string> }> {
  const created = await lobby('/games/hub-and-spokes/create', { numPlayers: 2, setupData }, from);
  expect(created.status).toBe(200);
  const matchID = (created.json as { matchID: string }).matchID;
  const credentials: Record<string, string> = {};
  const bots = (setupData.bots ?? {}) as Record<string, string>;
  for (const playerID of ['0', '1'].filter((p) => !bots[p])) {
    const joined = await lobby(`/games/hub-and-spokes/${matchID}/join`, { playerID, playerName: `P${playerID}` }, from);
    expect(joined.status).toBe(200);
    credentials[playerID] = (joined.json as { playerCredentials: string }).playerCredentials;
  }
  return { matchID, credentials };
}

/** Loopback addresses whose matches land in worker 0 and in worker 1. */
async function oneMatchPerWorker(): Promise<Array<{ matchID: string; credentials: Record<string, string> }>> {
  const byWorker = new Map<number, { matchID: string; credentials: Record<string, string> }>();
  for (let x = 1; byWorker.size < 2 && x < 40; x++) {
    const m = await seated(`127.0.0.${x}`);
    byWorker.set(ownerOf(m.matchID, 2), m);
  }
  expect(byWorker.size).toBe(2);
  return [byWorker.get(0)!, byWorker.get(1)!];
}

/** Plays random legal moves until the game ends (or `stopAfter` moves); `firstMs` is how long
 *  the first move may take to be seen (the seats of a restarted worker reconnect first). */
async function play(clients: Record<string, BgioClient>, seed: string, stopAfter = Infinity, firstMs = 15_000): Promise<number> {
  const rng = new SeededRng(seed);
  let moves = 0;
  const all = Object.values(clients);
  for (; moves < stopAfter; moves++) {
    const any = all[0]?.getState();
    if (!any || any.ctx.gameover) break;
    const player = awaitedPlayers(any.G as GState)[0];
    if (player === undefined) break;
    const client = clients[player] as BgioClient;
    const legal = legalActions(client.getState()?.G as GState, player);
    const action = legal[Math.floor(rng.number() * legal.length)];
    if (!action) throw new Error('no legal action');
    const before = client.getState()?._stateID ?? 0;
    (client.moves[action.move] as (...a: unknown[]) => void)(...action.args);
    await until(() => all.every((c) => (c.getState()?._stateID ?? -1) > before), `move ${moves} seen by every seat`, moves === 0 ? firstMs : 15_000);
    if (moves > 3000) throw new Error('the game did not end');
  }
  return moves;
}

describe('a server of two worker processes', () => {
  it('passes the page and the Lobby API on', async () => {
    const page = await fetch(cluster.url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Hub &amp; Spokes');
    expect(await lobby('/games')).toEqual({ status: 200, json: ['hub-and-spokes'] });
    // a worker's answers keep their content type and errors
    const missing = await lobby('/games/hub-and-spokes/no-such-match/join', { playerName: 'X' });
    expect(missing.status).toBe(404);
    // each worker answers for its event loop and heap (what bench:server reports)
    const vitals = await cluster.vitals();
    expect(vitals).toHaveLength(2);
    for (const v of vitals) expect(v?.heapUsed).toBeGreaterThan(1e6);
  });

  it("limits an address's Lobby requests by its real address, whatever X-Forwarded-For it sends", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      statuses.push((await lobby('/games/hub-and-spokes/create', { numPlayers: 2 }, '127.0.0.240', { 'x-forwarded-for': `10.0.0.${i}` })).status);
    }
    // the default limit: ten creates a minute from one address
    expect(statuses).toEqual([...Array(10).fill(200), 429, 429]);
  });

  it("plays a game in each worker at once; each match is made by its owner and stored", async () => {
    const matches = await oneMatchPerWorker();
    const games = await Promise.all(matches.map(async (m, k) => {
      const clients = Object.fromEntries(await Promise.all(Object.entries(m.credentials).map(async ([p, c]) => [p, await connect(m.matchID, p, c)] as const)));
      const moves = await play(clients, `cluster-${k}`);
      for (const c of Object.values(clients)) c.stop();
      return moves;
    }));
    matches.forEach((m, k) => {
      const stored = cluster.storage.fetch(m.matchID, { state: true, log: true });
      expect(stored.state?.ctx.gameover).toBeDefined();
      expect(stored.log?.length).toBe(games[k]);
    });
    // both listed by whichever worker answers the list
    const list = await lobby('/games/hub-and-spokes?isGameover=true');
    const ids = (list.json as { matches: { matchID: string }[] }).matches.map((x) => x.matchID);
    for (const m of matches) expect(ids).toContain(m.matchID);
  }, 180_000);

  it("refuses a socket another worker's match: there it is no match", async () => {
    const [inZero, inOne] = await oneMatchPerWorker();
    // routed to worker 0 by its query, then asking for worker 1's match
    const socket = io(`${server()}/hub-and-spokes`, { query: { [MATCH_QUERY]: inZero!.matchID }, transports: ['websocket'], reconnection: false });
    const refused = await new Promise<string>((resolve) => {
      socket.on('refused', (why: string) => resolve(why));
      socket.on('connect', () => socket.emit('sync', inOne!.matchID, '0', inOne!.credentials['0'], 2));
    });
    socket.close();
    expect(refused).toBe('no such match');
  }, 60_000);

  it('answers every socket of a burst handed to the workers at once', async () => {
    // Handles pass to a worker one at a time, and the primary's copy of each stays open until
    // the worker acknowledges it. (Bytes that copy read were lost: now it stops reading first.
    // That race is too narrow to reproduce here at will — bench:server's 6,000 sockets met it
    // in 2 of 6 runs — but a burst shows every socket still reaches its worker and is answered.)
    const matches = await oneMatchPerWorker();
    const sockets = Array.from({ length: 400 }, (_, i) => io(`${server()}/hub-and-spokes`, {
      query: { [MATCH_QUERY]: (matches[i % 2] as { matchID: string }).matchID }, transports: ['websocket'], reconnection: false, forceNew: true,
    }));
    const connected = await Promise.all(sockets.map((s) => new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), 20_000);
      s.on('connect', () => { clearTimeout(timer); resolve(true); });
    })));
    for (const s of sockets) s.close();
    expect(connected.filter((c) => !c).length).toBe(0);
  }, 60_000);

  it("plays a bot's seat in its match's worker", async () => {
    let match: { matchID: string; credentials: Record<string, string> } | undefined;
    for (let x = 50; x < 90 && (!match || ownerOf(match.matchID, 2) !== 1); x++) match = await seated(`127.0.0.${x}`, { bots: { 1: 'easy' } });
    expect(ownerOf(match!.matchID, 2)).toBe(1);
    const person = await connect(match!.matchID, '0', match!.credentials['0'] as string);
    // the person plays seat 0; the bot (in worker 1) answers for seat 1
    const rng = new SeededRng('bot');
    await until(() => {
      const s = person.getState();
      if (!s) return false;
      const G = s.G as GState;
      if (awaitedPlayers(G).includes('0') && s.isActive) {
        const legal = legalActions(G, '0');
        const a = legal[Math.floor(rng.number() * legal.length)];
        if (a) (person.moves[a.move] as (...x: unknown[]) => void)(...a.args);
      }
      const stored = cluster.storage.fetch(match!.matchID, { log: true }).log ?? [];
      return stored.some((e) => (e as { action: { payload: { playerID: string } } }).action.payload.playerID === '1');
    }, 'the bot moved', 60_000);
    person.stop();
  }, 90_000);

  it('starts a killed worker again; its game goes on', async () => {
    const [, inOne] = await oneMatchPerWorker();
    const clients = Object.fromEntries(await Promise.all(Object.entries(inOne!.credentials).map(async ([p, c]) => [p, await connect(inOne!.matchID, p, c)] as const)));
    const first = await play(clients, 'before-kill', 20);
    const before = cluster.pids()[1];
    process.kill(before!, 'SIGKILL');
    await until(() => cluster.pids()[1] !== before, 'a new worker');
    // every acknowledged move is there, and the seats reconnect and play on to the end
    expect(cluster.storage.fetch(inOne!.matchID, { log: true }).log?.length).toBe(first);
    const rest = await play(clients, 'after-kill', Infinity, 60_000);
    for (const c of Object.values(clients)) c.stop();
    expect(cluster.storage.fetch(inOne!.matchID, { state: true }).state?.ctx.gameover).toBeDefined();
    expect(cluster.storage.fetch(inOne!.matchID, { log: true }).log?.length).toBe(first + rest);
  }, 180_000);
});
