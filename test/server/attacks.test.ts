// Attacks on the holes of boardgame.io 0.50.2 (BOARDGAME-IO-NOTES.md), with raw socket.io
// clients over loopback: each is refused and the stored game is unchanged.
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import { startServer, type RunningServer } from '../../src/server/server';

const root = mkdtempSync(join(tmpdir(), 'hs-attack-'));
mkdirSync(join(root, 'client'));
writeFileSync(join(root, 'client', 'index.html'), '<!doctype html>');
let server: RunningServer;
let matchID = '';
const creds: Record<string, string> = {};

async function post(path: string, body: unknown): Promise<Record<string, unknown>> {
  const res = await fetch(new URL(path, server.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return (await res.json()) as Record<string, unknown>;
}

function socket(): Socket {
  return io(`${server.url.replace(/\/$/, '')}/hub-and-spokes`, { transports: ['websocket'], reconnection: false });
}

/** Syncs a raw socket as a player and returns what the server sent back. */
function sync(s: Socket, match: string, playerID: string | null, credentials?: string): Promise<{ state: Record<string, unknown>; initialState: Record<string, unknown> } | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), 1500);
    s.once('sync', (_id: string, info: { state: Record<string, unknown>; initialState: Record<string, unknown> }) => { clearTimeout(timer); resolve(info); });
    s.emit('sync', match, playerID, credentials, 2);
  });
}

const stored = () => server.storage.fetch(matchID, { state: true, log: true });
const pause = (ms = 150) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  server = await startServer({ host: '127.0.0.1', port: 0, dataDir: join(root, 'data'), clientDir: join(root, 'client') });
  matchID = (await post('/games/hub-and-spokes/create', { numPlayers: 2 })).matchID as string;
  for (const p of ['0', '1']) creds[p] = (await post(`/games/hub-and-spokes/${matchID}/join`, { playerID: p, playerName: `P${p}` })).playerCredentials as string;
});
afterAll(async () => {
  await server.stop();
  rmSync(root, { recursive: true, force: true });
});

describe('attacks on the server', () => {
  it('a player can begin the game with a real move (the control case)', async () => {
    const s = socket();
    await sync(s, matchID, '0', creds['0']);
    s.emit('update', { type: 'MAKE_MOVE', payload: { type: 'begin', args: [], playerID: '0', credentials: creds['0'] } }, 0, matchID, '0');
    await pause(300);
    expect(stored().state?._stateID).toBe(1);
    s.close();
  });

  for (const type of ['UPDATE', 'SYNC', 'RESET', 'PATCH', 'GAME_EVENT', 'UNDO', 'REDO', 'PLUGIN']) {
    it(`an internal action ${type} from a seated player changes nothing`, async () => {
      const before = JSON.stringify(stored().state);
      const s = socket();
      await sync(s, matchID, '0', creds['0']);
      const forged = { G: { result: { side: 'china' } }, ctx: { gameover: { side: 'china' } }, _stateID: 99, plugins: {} };
      s.emit('update', { type, payload: { type: 'endGame', args: [{ side: 'china' }], playerID: '0', credentials: creds['0'] }, state: forged, patch: [] }, 1, matchID, '0');
      await pause();
      expect(JSON.stringify(stored().state)).toBe(before);
      s.close();
    });
  }

  it("a move sent in another player's name is refused", async () => {
    const before = JSON.stringify(stored().state);
    const s = socket();
    await sync(s, matchID, '1', creds['1']);
    s.emit('update', { type: 'MAKE_MOVE', payload: { type: 'playCard', args: ['S01'], playerID: '0', credentials: creds['1'] } }, 1, matchID, '1');
    await pause();
    expect(JSON.stringify(stored().state)).toBe(before);
    s.close();
  });

  it('a move name from Object.prototype, or an oversized move, is refused', async () => {
    const before = JSON.stringify(stored().state);
    const s = socket();
    await sync(s, matchID, '0', creds['0']);
    s.emit('update', { type: 'MAKE_MOVE', payload: { type: 'constructor', args: [], playerID: '0', credentials: creds['0'] } }, 1, matchID, '0');
    s.emit('update', { type: 'MAKE_MOVE', payload: { type: 'playCard', args: ['x'.repeat(50_000)], playerID: '0', credentials: creds['0'] } }, 1, matchID, '0');
    await pause();
    expect(JSON.stringify(stored().state)).toBe(before);
    s.close();
  });

  it('the initial state sent on connect carries no seed, nor does any state', async () => {
    const s = socket();
    const info = await sync(s, matchID, '1', creds['1']);
    expect(info).not.toBeNull();
    const text = JSON.stringify(info);
    const seed = (stored().state?.plugins as { random?: { data?: { seed?: string } } }).random?.data?.seed;
    expect(seed).toMatch(/^[0-9a-f]{32}$/);
    expect(text).not.toContain(seed as string);
    expect(text).not.toContain('prngstate');
    s.close();
  });

  it('each match gets its own unpredictable seed, not its creation time', async () => {
    const other = (await post('/games/hub-and-spokes/create', { numPlayers: 2 })).matchID as string;
    const seedOf = (id: string) => (server.storage.fetch(id, { state: true }).state?.plugins as { random: { data: { seed: string } } }).random.data.seed;
    expect(seedOf(other)).not.toBe(seedOf(matchID));
    expect(seedOf(other)).toMatch(/^[0-9a-f]{32}$/);
  });

  it('in a match nobody has joined yet, no one can act or look as a seat', async () => {
    const empty = (await post('/games/hub-and-spokes/create', { numPlayers: 2 })).matchID as string;
    const s = socket();
    // boardgame.io would let this begin the game (dealing the cards) and then show seat 1's hand
    expect(await sync(s, empty, '0')).toBeNull();
    s.emit('update', { type: 'MAKE_MOVE', payload: { type: 'begin', args: [], playerID: '0' } }, 0, empty, '0');
    await pause(300);
    expect(server.storage.fetch(empty, { state: true }).state?._stateID).toBe(0);
    expect(await sync(s, empty, '1', 'guess')).toBeNull();
    // a spectator still sees the public table
    expect(await sync(s, empty, null)).not.toBeNull();
    s.close();
  });

  it('syncing to an unknown match id creates nothing', async () => {
    const s = socket();
    const info = await sync(s, 'no-such-match', '0', 'x');
    expect(info).toBeNull();
    expect(server.storage.fetch('no-such-match', { metadata: true })).toEqual({});
    s.close();
  });

  it('a spectator cannot chat and a player cannot send an oversized message', async () => {
    const listener = socket();
    await sync(listener, matchID, null);
    const heard: unknown[] = [];
    listener.on('chat', (_id: string, msg: unknown) => heard.push(msg));
    const spectator = socket();
    await sync(spectator, matchID, null);
    spectator.emit('chat', matchID, { id: 'a', sender: null, payload: 'hello' }, undefined);
    const player = socket();
    await sync(player, matchID, '0', creds['0']);
    player.emit('chat', matchID, { id: 'b', sender: '0', payload: 'x'.repeat(5000) }, creds['0']);
    player.emit('chat', matchID, { id: 'c', sender: '0', payload: 'good game' }, creds['0']);
    await pause(300);
    expect(heard.map((m) => (m as { id: string }).id)).toEqual(['c']);
    for (const x of [listener, spectator, player]) x.close();
  });
});
