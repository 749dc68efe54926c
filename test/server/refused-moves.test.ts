// A move that the rules refuse (our moves return INVALID_MOVE), sent by the seat whose turn it
// is, over a real socket. boardgame.io's master would broadcast and save the state its reducer
// gave back, plugin APIs (functions, the generator's seed) and all: the broadcast failed on the
// functions and stopped the server. Here the server stays up, the row in SQLite is the same
// byte for byte, no socket is sent anything but the refusal, and no API or seed is stored or
// sent, then or with the next legal move.
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { io, type Socket } from 'socket.io-client';
import type { State } from 'boardgame.io';
import { startServer, type RunningServer } from '../../src/server/server';
import { moveGate } from '../../src/server/move-gate';
import { DEFAULT_MOVE_LIMIT } from '../../src/server/config';
const MOVE_BURST = DEFAULT_MOVE_LIMIT.burst;
import { lobby } from './agents-harness';

const root = mkdtempSync(join(tmpdir(), 'hs-refused-'));
mkdirSync(join(root, 'client'));
writeFileSync(join(root, 'client', 'index.html'), '<!doctype html>');
let server: RunningServer;
let file: Database.Database;
let matchID = '';
const creds: string[] = [];

beforeAll(async () => {
  server = await startServer({ host: '127.0.0.1', port: 0, dataDir: join(root, 'data'), clientDir: join(root, 'client'), botPaceMs: 0 });
  matchID = (await lobby(server, '/games/hub-and-spokes/create', { numPlayers: 2 })).json.matchID as string;
  for (const p of ['0', '1']) creds.push((await lobby(server, `/games/hub-and-spokes/${matchID}/join`, { playerID: p, playerName: `P${p}` })).json.playerCredentials as string);
  file = new Database(join(root, 'data', 'matches.db'), { readonly: true, fileMustExist: true });
});
afterAll(async () => {
  file.close();
  await server.stop();
  rmSync(root, { recursive: true, force: true });
});

/** The match as it is in the database file: its row and its log. */
const row = () => JSON.stringify({
  match: file.prepare('SELECT metadata, state, pages, gameover, updated_at FROM matches WHERE id = ?').get(matchID),
  log: file.prepare('SELECT seq, entry FROM log WHERE match_id = ? ORDER BY seq').all(matchID),
});

/** A seat's raw socket, synced, that keeps every event it receives after the sync. */
async function seat(playerID: string): Promise<{ socket: Socket; got: [string, string][] }> {
  const socket = io(`${server.url.replace(/\/$/, '')}/hub-and-spokes`, { transports: ['websocket'], reconnection: false });
  const got: [string, string][] = [];
  await new Promise<void>((resolve) => {
    socket.once('sync', () => resolve());
    socket.emit('sync', matchID, playerID, creds[Number(playerID)], 2);
  });
  socket.onAny((event: string, ...args: unknown[]) => got.push([event, JSON.stringify(args)]));
  await pause(100);
  got.length = 0;
  return { socket, got };
}

/** What a socket was sent, but for who is connected (boardgame.io's matchData). */
const events = (s: { got: [string, string][] }) => s.got.map(([event]) => event).filter((event) => event !== 'matchData');
const move = (s: Socket, type: string, args: unknown[], stateID: number) =>
  s.emit('update', { type: 'MAKE_MOVE', payload: { type, args, playerID: '0', credentials: creds[0] } }, stateID, matchID, '0');
const pause = (ms = 300) => new Promise((r) => setTimeout(r, ms));
const seed = () => (server.storage.fetch(matchID, { state: true }).state?.plugins as { random: { data: { seed: string } } }).random.data.seed;

describe('a move the rules refuse', () => {
  it('changes nothing stored, sends nothing but the refusal, and the server goes on', async () => {
    const [us, china] = [await seat('0'), await seat('1')];
    const before = row();
    // 'begin' is the one legal move now: with an argument, or 'pass' instead, it is not
    move(us.socket, 'begin', [1], 0);
    move(us.socket, 'pass', [], 0);
    for (let i = 0; i < 50; i++) move(us.socket, 'playCard', [`S${i}`], 0);
    await pause();
    expect(row()).toBe(before);
    expect(events(us)).toEqual(Array(52).fill('refused'));
    // why, and which of the socket's packets: a move
    expect(us.got.find(([event]) => event === 'refused')?.[1]).toBe(JSON.stringify(['the move is not legal now', 'update']));
    expect(events(china)).toEqual([]);
    expect((await lobby(server, '/games/hub-and-spokes')).status).toBe(200);

    // and a legal move still goes through, with no plugin API in storage or on any socket
    move(us.socket, 'begin', [], 0);
    await pause();
    expect(server.storage.fetch(matchID, { state: true }).state?._stateID).toBe(1);
    expect(events(china)).toEqual(['patch']);
    const stored = row();
    expect(stored).not.toContain('"api"');
    expect(stored).not.toContain('_private');
    for (const [, args] of [...us.got, ...china.got]) {
      expect(args).not.toContain('"api"');
      expect(args).not.toContain(seed());
    }
    us.socket.close();
    china.socket.close();
  });

  it('from a socket that floods them, a burst is judged and the rest refused unread', async () => {
    const us = await seat('0');
    const stateID = server.storage.fetch(matchID, { state: true }).state?._stateID as number;
    const before = row();
    for (let i = 0; i < MOVE_BURST + 200; i++) move(us.socket, 'playCard', [`no-such-card-${i}`], stateID);
    await pause(600);
    expect(row()).toBe(before);
    const refusals = us.got.filter(([event]) => event === 'refused').map(([, args]) => args);
    expect(refusals).toHaveLength(MOVE_BURST + 200);
    // about twenty more a second are let through while the flood lasts
    expect(refusals.filter((r) => r.includes('too many moves')).length).toBeGreaterThan(150);
    us.socket.close();
  });
});

describe('the move gate', () => {
  it('lets through only the state that follows the stored one, with plugins holding their data only', () => {
    const stored = server.storage.fetch(matchID, { state: true }).state as State;
    const next = { ...stored, _stateID: stored._stateID + 1 };
    const withApi = { ...next, plugins: { ...next.plugins, random: { data: {}, api: { Die: () => 1 } } } };
    for (const [state, through] of [[stored, false], [withApi, false], [next, true]] as const) {
      const published: unknown[] = [];
      const gate = moveGate(server.storage, (payload) => published.push(payload));
      gate.storage.fetch(matchID, { state: true });
      gate.transport.sendAll({ type: 'patch', args: [matchID, stored._stateID, stored, state] });
      expect(published.length, `state ${state._stateID}`).toBe(through ? 1 : 0);
      expect(gate.refused()).toBe(!through);
    }
  });
});
