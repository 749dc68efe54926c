// Acknowledged means saved: kill the server with SIGKILL in the middle of a game, start it again
// on the same data folder, and every state a client received is there; the game goes on.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { io } from 'socket.io-client';
import { applyPatch, type Operation } from 'rfc6902';
import { SeededRng, awaitedPlayers, legalActions, type GState } from '../../src/game';

const root = mkdtempSync(join(tmpdir(), 'hs-crash-'));
mkdirSync(join(root, 'client'));
writeFileSync(join(root, 'client', 'index.html'), '<!doctype html>');
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) c.kill('SIGKILL');
  rmSync(root, { recursive: true, force: true });
});

/** Starts `npm start`'s entry point as its own process; resolves with its URL. */
function launch(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, PORT: '0', DATA_DIR: join(root, 'data'), CLIENT_DIR: join(root, 'client') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 30_000);
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /running at (http:\/\/\S+)/.exec(out);
      if (m?.[1]) { clearTimeout(timer); resolve({ url: m[1].replace(/\/$/, ''), child }); }
    });
    child.stderr?.on('data', (d: Buffer) => { out += d.toString(); });
  });
}

async function post(url: string, body: unknown): Promise<Record<string, unknown>> {
  return (await (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).json()) as Record<string, unknown>;
}

/** A raw socket player that remembers the last state the server acknowledged to it. */
function player(url: string, matchID: string, playerID: string, credentials: string) {
  const s = io(`${url}/hub-and-spokes`, { transports: ['websocket'], reconnection: false });
  let state: { G: GState; _stateID: number } | null = null;
  const ready = new Promise<void>((resolve) => {
    s.on('sync', (_id: string, info: { state: { G: GState; _stateID: number } }) => { state = info.state; resolve(); });
  });
  s.on('update', (_id: string, next: { G: GState; _stateID: number }) => { state = next; });
  // the server sends each seat a patch of its view (deltaState)
  s.on('patch', (_id: string, prev: number, _next: number, patch: Operation[]) => { if (state?._stateID === prev) applyPatch(state, patch); });
  s.emit('sync', matchID, playerID, credentials, 2);
  return {
    ready,
    get state() { return state; },
    move(move: string, args: unknown[]) {
      s.emit('update', { type: 'MAKE_MOVE', payload: { type: move, args, playerID, credentials } }, state?._stateID, matchID, playerID);
    },
    close: () => s.close(),
  };
}

describe('crash safety', () => {
  it('every acknowledged move survives SIGKILL, and the game goes on after a restart', async () => {
    let { url, child } = await launch();
    const matchID = (await post(`${url}/games/hub-and-spokes/create`, { numPlayers: 2 })).matchID as string;
    const creds: Record<string, string> = {};
    for (const p of ['0', '1']) creds[p] = (await post(`${url}/games/hub-and-spokes/${matchID}/join`, { playerID: p, playerName: `P${p}` })).playerCredentials as string;
    let players = ['0', '1'].map((p) => player(url, matchID, p, creds[p] as string));
    await Promise.all(players.map((p) => p.ready));
    const rng = new SeededRng('crash');
    // Fire moves without waiting for every answer, then kill the server mid-stream.
    for (let i = 0; i < 60; i++) {
      const me = players.find((p) => p.state && awaitedPlayers(p.state.G).includes(String(players.indexOf(p))));
      if (!me?.state) { await new Promise((r) => setTimeout(r, 5)); continue; }
      const id = String(players.indexOf(me));
      const legal = legalActions(me.state.G, id);
      const a = legal[Math.floor(rng.number() * legal.length)];
      if (a) me.move(a.move, a.args);
      await new Promise((r) => setTimeout(r, i % 10 === 9 ? 0 : 8));
    }
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const acknowledged = Math.max(...players.map((p) => p.state?._stateID ?? 0));
    expect(acknowledged).toBeGreaterThan(10);
    for (const p of players) p.close();

    ({ url, child } = await launch());
    players = ['0', '1'].map((p) => player(url, matchID, p, creds[p] as string));
    await Promise.all(players.map((p) => p.ready));
    const restored = players[0]?.state?._stateID ?? 0;
    expect(restored).toBeGreaterThanOrEqual(acknowledged);
    // and the game goes on
    const G = players[0]?.state?.G as GState;
    const id = awaitedPlayers(G)[0] as string;
    const mover = players[Number(id)];
    const a = legalActions(mover?.state?.G as GState, id)[0];
    if (!a) throw new Error('no legal move after restart');
    mover?.move(a.move, a.args);
    await new Promise((r) => setTimeout(r, 400));
    expect(players[0]?.state?._stateID).toBe(restored + 1);
    for (const p of players) p.close();
    child.kill('SIGTERM');
  }, 90_000);
});
