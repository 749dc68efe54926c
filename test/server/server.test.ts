// The server end to end over loopback: the built client is served, the Lobby API answers
// (the koa-compose pin), a whole game is played by remote socket clients, a restart on the
// same data folder keeps the match, and sockets from a foreign Origin are refused.
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Client } from 'boardgame.io/client';
import { SocketIO } from 'boardgame.io/multiplayer';
import { io } from 'socket.io-client';
import { HubAndSpokes, SeededRng, awaitedPlayers, legalActions, type GState } from '../../src/game';
import { startServer, type RunningServer } from '../../src/server/server';
import type { ServerConfig } from '../../src/server/config';

const root = mkdtempSync(join(tmpdir(), 'hs-server-'));
const clientDir = join(root, 'client');
mkdirSync(clientDir);
writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>Hub &amp; Spokes</title>');
// moveLimit off: the clients here move as fast as the server answers, faster than any person
const config: ServerConfig = { host: '127.0.0.1', port: 0, dataDir: join(root, 'data'), clientDir, moveLimit: null };
const servers: RunningServer[] = [];
afterAll(async () => {
  for (const s of servers) await s.stop().catch(() => undefined);
  rmSync(root, { recursive: true, force: true });
});

async function lobby(server: RunningServer, path: string, body?: unknown): Promise<{ status: number; json: unknown }> {
  const res = await fetch(new URL(path, server.url), body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : null };
}

type BgioClient = ReturnType<typeof Client>;
function connect(server: RunningServer, matchID: string, playerID: string, credentials: string): Promise<BgioClient> {
  const client = Client({ game: HubAndSpokes, multiplayer: SocketIO({ server: server.url.replace(/\/$/, '') }), matchID, playerID, credentials, debug: false });
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

/** Waits until every client has seen the same state id. */
async function settled(clients: BgioClient[], minStateID: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (clients.some((c) => (c.getState()?._stateID ?? -1) < minStateID)) {
    if (Date.now() > deadline) throw new Error('clients did not catch up');
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('server', () => {
  let server: RunningServer;
  let matchID = '';
  const credentials: Record<string, string> = {};

  it('serves the built client and the Lobby API on one port', async () => {
    server = await startServer(config);
    servers.push(server);
    const page = await fetch(server.url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Hub &amp; Spokes');
    // Regression guard: koa-compose 4.2 answered 404 on every Lobby route.
    const games = await lobby(server, '/games');
    expect(games).toEqual({ status: 200, json: ['hub-and-spokes'] });
  });

  it('creates a match and seats two players', async () => {
    const created = await lobby(server, '/games/hub-and-spokes/create', { numPlayers: 2 });
    expect(created.status).toBe(200);
    matchID = (created.json as { matchID: string }).matchID;
    for (const playerID of ['0', '1']) {
      const joined = await lobby(server, `/games/hub-and-spokes/${matchID}/join`, { playerID, playerName: `P${playerID}` });
      expect(joined.status).toBe(200);
      credentials[playerID] = (joined.json as { playerCredentials: string }).playerCredentials;
    }
  });

  it('plays a whole two-player game over sockets; every move is stored', async () => {
    const clients = await Promise.all(['0', '1'].map((p) => connect(server, matchID, p, credentials[p] as string)));
    const rng = new SeededRng('remote');
    let moves = 0;
    for (;;) {
      const any = clients[0]?.getState();
      if (!any || any.ctx.gameover) break;
      const player = awaitedPlayers(any.G as GState)[0];
      if (player === undefined) break;
      const client = clients[Number(player)] as BgioClient;
      const G = client.getState()?.G as GState;
      const legal = legalActions(G, player);
      const action = legal[Math.floor(rng.number() * legal.length)];
      if (!action) throw new Error('no legal action');
      const before = client.getState()?._stateID ?? 0;
      (client.moves[action.move] as (...a: unknown[]) => void)(...action.args);
      await settled(clients, before + 1);
      moves += 1;
      if (moves > 3000) throw new Error('the game did not end');
    }
    expect(clients[0]?.getState()?.ctx.gameover).toBeDefined();
    const stored = server.storage.fetch(matchID, { state: true, log: true });
    expect(stored.state?.ctx.gameover).toBeDefined();
    expect(stored.log?.length).toBe(moves);
    for (const c of clients) c.stop();
  }, 120_000);

  it('keeps the match across a restart on the same data folder', async () => {
    const before = server.storage.fetch(matchID, { state: true });
    await server.stop();
    server = await startServer(config);
    servers.push(server);
    const after = server.storage.fetch(matchID, { state: true });
    expect(after.state).toEqual(before.state);
    const listed = await lobby(server, `/games/hub-and-spokes/${matchID}`);
    expect(listed.status).toBe(200);
  });

  const socketFrom = (origin: string) => new Promise<boolean>((resolve) => {
    const socket = io(server.url.replace(/\/$/, '') + '/hub-and-spokes', { transports: ['polling'], extraHeaders: { Origin: origin }, reconnection: false, timeout: 3000 });
    socket.on('connect', () => { socket.close(); resolve(true); });
    socket.on('connect_error', () => { socket.close(); resolve(false); });
  });

  it("accepts a socket from the server's own Origin and refuses a foreign one", async () => {
    expect(await socketFrom(server.url.replace(/\/$/, ''))).toBe(true);
    expect(await socketFrom('http://evil.example')).toBe(false);
    expect(await socketFrom('http://127.0.0.1.evil.example')).toBe(false);
  });
});
