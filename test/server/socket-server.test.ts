// The socket server boardgame.io runs (koa-socket-2 → socket.io → engine.io → ws): the
// package.json override puts it on socket.io 4, off ws 7.4.6 (an upgrade request with more
// headers than Node keeps stopped the process, CVE-2024-37890) and engine.io 4 (CVE-2022-41940);
// the ws compressor patch still finds the ws it runs on; and a refused Origin gets no CORS
// header.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lobby, testServer, type TestServer } from './agents-harness';

let t: TestServer;
beforeAll(async () => { t = await testServer({ lobbyLimits: null }); });
afterAll(async () => { await t.stop(); });

/** The require of a package as the one before it in the chain sees it (the first: as we do). */
const requireOf = (chain: string[]) => chain.reduce((req, name) => createRequire(req.resolve(name)), createRequire(import.meta.url));
const SOCKETS = ['boardgame.io/server', 'koa-socket-2', 'socket.io', 'engine.io', 'ws'];
/** The version of the chain's last package: from the package.json above the file it loads
 *  (engine.io exports none). */
function version(chain: string[]): number[] {
  const name = chain.at(-1) as string;
  for (let dir = dirname(requireOf(chain.slice(0, -1)).resolve(name)); dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    const found = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version: string }) : undefined;
    if (found?.name === name) return found.version.split('.').map(Number);
  }
  throw new Error(`no package.json of ${name}`);
}
/** Is version `a` (x.y.z as numbers) at least `b`? */
function atLeast(a: number[], b: number[]): boolean {
  for (const [i, want] of b.entries()) if ((a[i] ?? 0) !== want) return (a[i] ?? 0) > want;
  return true;
}

describe('the socket server', () => {
  it('runs on a ws and an engine.io with the fixes (ws ≥ 8.17.1, engine.io ≥ 6.2.1)', () => {
    expect(atLeast(version(SOCKETS), [8, 17, 1]), version(SOCKETS).join('.')).toBe(true);
    expect(atLeast(version(SOCKETS.slice(0, -1)), [6, 2, 1]), version(SOCKETS.slice(0, -1)).join('.')).toBe(true);
  });

  it('goes on after an upgrade request with 2,100 headers', async () => {
    const junk = Array.from({ length: 2100 }, (_, i) => `x-${i}: a`).join('\r\n');
    const reply = await new Promise<string>((resolve) => {
      const socket = connect(t.server.port, '127.0.0.1', () => socket.write(
        `GET /socket.io/?EIO=4&transport=websocket HTTP/1.1\r\nHost: 127.0.0.1\r\n${junk}\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n`
        + 'Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n',
      ));
      let got = '';
      socket.on('data', (d: Buffer) => { got += d.toString(); });
      socket.on('error', () => undefined);
      socket.on('close', () => resolve(got));
      setTimeout(() => socket.destroy(), 1500);
    });
    expect(reply).toMatch(/^HTTP\/1\.1 4\d\d/);
    expect((await lobby(t.server, '/games')).status).toBe(200);
  });

  it('frees the compressor after each frame on the ws that engine.io runs', () => {
    const deflate = requireOf(SOCKETS)('./lib/permessage-deflate') as { prototype: Record<symbol, unknown> };
    expect(deflate.prototype[Symbol.for('hub-and-spokes.freeCompressor')]).toBe(true);
  });

  it('answers a polling request from a refused Origin with no CORS header, and its own Origin with its own', async () => {
    const poll = (origin: string) => fetch(new URL('/socket.io/?EIO=4&transport=polling', t.server.url), { headers: { origin } });
    const foreign = await poll('http://evil.example');
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    const own = t.server.url.replace(/\/$/, '');
    expect((await poll(own)).headers.get('access-control-allow-origin')).toBe(own);
  });
});
