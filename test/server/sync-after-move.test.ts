// A client that reconnects sends the move it made while cut off and then asks to sync, one right
// behind the other. boardgame.io reads the state for a sync outside the match's queue, so the
// sync could answer with the state from before that move and join the room after the move's
// patch went out: that client then held an old state until someone else moved (and the mover's
// next move was refused as stale). Here a sync waits for the moves sent before it.
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { io } from 'socket.io-client';
import { startServer, type RunningServer } from '../../src/server/server';

const root = mkdtempSync(join(tmpdir(), 'hs-sync-'));
mkdirSync(join(root, 'client'));
writeFileSync(join(root, 'client', 'index.html'), '<!doctype html>');
let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ host: '127.0.0.1', port: 0, dataDir: join(root, 'data'), clientDir: join(root, 'client'), moveLimit: null });
});
afterAll(async () => {
  await server.stop();
  rmSync(root, { recursive: true, force: true });
});

const post = async (path: string, body: unknown) =>
  (await (await fetch(new URL(path, server.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).json()) as Record<string, string>;

it('answers a sync sent right behind a move with the state after that move', async () => {
  for (let round = 0; round < 10; round++) {
    const matchID = (await post('/games/hub-and-spokes/create', { numPlayers: 2 })).matchID as string;
    const credentials = (await post(`/games/hub-and-spokes/${matchID}/join`, { playerID: '0', playerName: 'P0' })).playerCredentials;
    const socket = io(`${server.url.replace(/\/$/, '')}/hub-and-spokes`, { transports: ['websocket'], reconnection: false });
    const synced = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no sync')), 5000);
      socket.once('sync', (_id: string, info: { state: { _stateID: number } }) => { clearTimeout(timer); resolve(info.state._stateID); });
      socket.on('connect', () => {
        socket.emit('update', { type: 'MAKE_MOVE', payload: { type: 'begin', args: [], playerID: '0', credentials } }, 0, matchID, '0');
        socket.emit('sync', matchID, '0', credentials, 2);
      });
    });
    socket.close();
    expect(server.storage.fetch(matchID, { state: true }).state?._stateID).toBe(1);
    expect(synced).toBe(1);
  }
});
