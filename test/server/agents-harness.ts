// A real server on a loopback port in a temporary folder, with the settings a test picks, and
// small helpers for the Lobby API and for remote players that play random legal moves.
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'boardgame.io/client';
import { SocketIO } from 'boardgame.io/multiplayer';
import { HubAndSpokes, actingSeat, legalActionsFor, type PlayerView, type Rng } from '../../src/game';
import { startServer, type RunningServer } from '../../src/server/server';
import type { ServerConfig } from '../../src/server/config';

export interface TestServer {
  server: RunningServer;
  /** stops the server and starts a new one on the same data folder */
  restart(): Promise<RunningServer>;
  stop(): Promise<void>;
}

export async function testServer(settings: Partial<ServerConfig> = {}): Promise<TestServer> {
  const root = mkdtempSync(join(tmpdir(), 'hs-agents-'));
  mkdirSync(join(root, 'client'));
  writeFileSync(join(root, 'client', 'index.html'), '<!doctype html>');
  // bots unpaced and no move limit: the tests' people move as fast as the server answers
  const config: ServerConfig = { host: '127.0.0.1', port: 0, dataDir: join(root, 'data'), clientDir: join(root, 'client'), botPaceMs: 0, moveLimit: null, ...settings };
  const handle: TestServer = {
    server: await startServer(config),
    async restart() {
      await handle.server.stop();
      handle.server = await startServer(config);
      return handle.server;
    },
    async stop() {
      await handle.server.stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
  return handle;
}

export interface Answer { status: number; json: Record<string, unknown>; headers: Headers }

export async function lobby(server: RunningServer, path: string, body?: unknown, init: RequestInit = {}): Promise<Answer> {
  const res = await fetch(new URL(path, server.url), body === undefined ? init : {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body), ...init,
  });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : {}, headers: res.headers };
}

export type Person = ReturnType<typeof Client<PlayerView>>;

/** A person's browser: boardgame.io's socket client for one seat, once it has synced. */
export function person(server: RunningServer, matchID: string, playerID: string, credentials: string): Promise<Person> {
  const client = Client<PlayerView>({
    game: HubAndSpokes as never,
    multiplayer: SocketIO({ server: server.url.replace(/\/$/, '') }),
    matchID, playerID, credentials, debug: false,
  });
  client.start();
  return until(() => !!client.getState(), 10_000, `player ${playerID} did not sync`).then(() => client);
}

/** The person's legal actions now, from its own view, as the UI computes them. */
export function legalNow(client: Person) {
  const state = client.getState();
  if (!state || state.ctx.gameover !== undefined) return [];
  const seat = actingSeat(state.G, client.playerID);
  return seat ? legalActionsFor(state.G, seat) : [];
}

/** Plays one random legal action if the person has one; true if it sent a move. */
export function playRandom(client: Person, rng: Rng, only?: (move: string) => boolean): boolean {
  const legal = legalNow(client).filter((a) => !only || only(a.move));
  const action = legal[Math.floor(rng.number() * legal.length)];
  if (!action) return false;
  (client.moves[action.move] as (...args: unknown[]) => void)(...action.args);
  return true;
}

export async function until(test: () => boolean, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!test()) {
    if (Date.now() > deadline) throw new Error(what);
    await new Promise((r) => setTimeout(r, 5));
  }
}
