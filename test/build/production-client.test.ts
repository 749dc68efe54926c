// The production client as `npm start` serves it (vite build): the start page prefetches, at the
// lowest priority, every file a game at the table needs (vite.config.ts prefetchTable), so the
// click on "Play as…" waits for no download; nothing prefetched is also loaded by the page itself.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'vite';

const ROOT = new URL('../../', import.meta.url).pathname;
const outDir = mkdtempSync(join(tmpdir(), 'hs-client-'));
let html = '';

beforeAll(async () => {
  await build({ root: ROOT, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  html = readFileSync(join(outDir, 'index.html'), 'utf8');
}, 180_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const linked = (rel: string) => [...html.matchAll(new RegExp(`<link rel="${rel}"[^>]*href="/([^"]+)"`, 'g'))].map((m) => m[1] as string);

describe('the production start page', () => {
  it("prefetches the table's code, Pixi, the bots' worker and the map data, all of them built", () => {
    const prefetched = linked('prefetch');
    // the table, Pixi's browser environment, the bots' worker, the map data
    for (const name of [/^assets\/Table-/, /^assets\/browserAll-/, /^assets\/bot-worker-/, /^assets\/indo-pacific-[\w-]+\.json$/]) {
      expect(prefetched.some((f) => name.test(f)), `a prefetched file like ${name}`).toBe(true);
    }
    for (const f of prefetched) expect(existsSync(join(outDir, f)), f).toBe(true);
  });

  it('prefetches nothing the page loads anyway', () => {
    const loaded = [...linked('modulepreload'), ...[...html.matchAll(/<script[^>]*src="\/([^"]+)"/g)].map((m) => m[1])];
    expect(loaded.length).toBeGreaterThan(0);
    for (const f of linked('prefetch')) expect(loaded).not.toContain(f);
  });
});
