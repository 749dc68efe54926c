// Helpers for tests that play over real sockets: a server in a temporary folder, a six-seat
// match created and joined through the Lobby API, boardgame.io SocketIO clients that count the
// bytes of every frame they receive, and raw sockets that sync to read what a reconnect gets.
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'boardgame.io/client';
import { SocketIO } from 'boardgame.io/multiplayer';
import { io, type Socket } from 'socket.io-client';
import { HubAndSpokes, type GState, type PagedView, type SetupData } from '../../src/game';
import { startServer, type RunningServer } from '../../src/server/server';

export type RemoteClient = ReturnType<typeof Client<GState>>;
export interface Frame { event: string; bytes: number; data: string }

/** A server with the move limit off: the clients here move as fast as the server answers. */
export async function testServer(prefix: string): Promise<{ server: RunningServer; stop: () => Promise<void> }> {
  const root = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(join(root, 'client'));
  writeFileSync(join(root, 'client', 'index.html'), '<!doctype html>');
  const server = await startServer({ host: '127.0.0.1', port: 0, dataDir: join(root, 'data'), clientDir: join(root, 'client'), moveLimit: null });
  return { server, stop: async () => { await server.stop(); rmSync(root, { recursive: true, force: true }); } };
}

async function post(server: RunningServer, path: string, body: unknown): Promise<Record<string, unknown>> {
  const res = await fetch(new URL(path, server.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = (await res.json()) as Record<string, unknown>;
  if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

/** Creates a match and joins `seated` of its seats (all by default); returns their credentials. */
export async function seatedMatch(server: RunningServer, numPlayers: number, setupData: SetupData, seated = numPlayers): Promise<{ matchID: string; credentials: string[] }> {
  const matchID = (await post(server, '/games/hub-and-spokes/create', { numPlayers, setupData })).matchID as string;
  const credentials: string[] = [];
  for (let p = 0; p < seated; p++) {
    credentials.push((await post(server, `/games/hub-and-spokes/${matchID}/join`, { playerID: String(p), playerName: `Player ${p}` })).playerCredentials as string);
  }
  return { matchID, credentials };
}

const gameSocketUrl = (server: RunningServer) => `${server.url.replace(/\/$/, '')}/hub-and-spokes`;
const eventOf = (data: string) => /^\d+(?:\/[^,]*,)?\d*\["([^"]+)"/.exec(data)?.[1] ?? '?';

/** Records every socket.io frame an engine.io socket receives, with its size on the wire. */
function tapFrames(engine: { on: (e: 'packet', fn: (p: { type: string; data?: unknown }) => void) => void }, frames: Frame[]): void {
  engine.on('packet', (p) => {
    if (p.type !== 'message' || typeof p.data !== 'string') return;
    // +1: the engine.io packet type in front of the data
    frames.push({ event: eventOf(p.data), bytes: Buffer.byteLength(p.data) + 1, data: p.data });
  });
}

/** A boardgame.io client over a websocket (spectator when playerID is null), once it has synced. */
export function remoteClient(server: RunningServer, matchID: string, playerID: string | null, credentials?: string): Promise<{ client: RemoteClient; frames: Frame[] }> {
  const client = Client<GState>({
    game: HubAndSpokes,
    multiplayer: SocketIO({ server: server.url.replace(/\/$/, ''), socketOpts: { transports: ['websocket'] } }),
    matchID, playerID: playerID ?? undefined, credentials, debug: false,
  });
  const frames: Frame[] = [];
  client.start();
  const socket = (client as unknown as { transport: { socket: Socket } }).transport.socket;
  tapFrames(socket.io.engine as never, frames);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${playerID ?? 'spectator'} did not sync`)), 10_000);
    const unsubscribe = client.subscribe((state) => {
      if (!state) return;
      clearTimeout(timer);
      setTimeout(() => unsubscribe(), 0);
      resolve({ client, frames });
    });
  });
}

export type Synced = { state: { G: PagedView; ctx: unknown; plugins: unknown; _stateID: number } } & Record<string, unknown>;

/** A raw socket that syncs on demand, as a reconnecting client does: what it receives and the
 *  size of the sync frame. */
export function syncProbe(server: RunningServer, matchID: string, playerID: string | null, credentials?: string) {
  const socket = io(gameSocketUrl(server), { transports: ['websocket'], reconnection: false });
  const frames: Frame[] = [];
  tapFrames(socket.io.engine as never, frames);
  return {
    sync: () => new Promise<{ info: Synced; bytes: number }>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no sync')), 5000);
      socket.once('sync', (_id: string, info: Synced) => {
        clearTimeout(timer);
        const frame = frames.filter((f) => f.event === 'sync').at(-1);
        if (frame) resolve({ info, bytes: frame.bytes });
        else reject(new Error('the sync frame was not seen'));
      });
      socket.emit('sync', matchID, playerID, credentials, 6);
    }),
    close: () => socket.close(),
  };
}

/** What a fresh connection receives on sync. */
export async function freshSync(server: RunningServer, matchID: string, playerID: string | null, credentials?: string): Promise<{ info: Synced; bytes: number }> {
  const probe = syncProbe(server, matchID, playerID, credentials);
  try {
    return await probe.sync();
  } finally {
    probe.close();
  }
}

/** Waits until every client holds at least `stateID`. */
export async function caughtUp(clients: RemoteClient[], stateID: number, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (clients.some((c) => (c.getState()?._stateID ?? -1) < stateID)) {
    if (Date.now() > deadline) throw new Error(`clients did not reach state ${stateID}: ${clients.map((c) => c.getState()?._stateID).join(', ')}`);
    await new Promise((r) => setTimeout(r, 2));
  }
}

/** p-th percentile (0–100) of a list of numbers. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}
