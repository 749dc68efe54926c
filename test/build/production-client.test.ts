// The production client as `npm start` serves it (vite build): the start page prefetches, at the
// lowest priority, every file a game at the table needs (vite.config.ts prefetchTable), so the
// click on "Play as…" waits for no download; nothing prefetched is also loaded by the page itself.
// The rule set comes validated by the build (scripts/lib/prevalidated-rules.ts): no schema checks
// run in the browser, and zod is not in the client.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'vite';
import { RULES } from '../../src/game';

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

describe('the production client and the rules', () => {
  const scripts = () => readdirSync(join(outDir, 'assets')).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(outDir, 'assets', f), 'utf8'));

  it('has the rule set as the build validated it, in the page and in the bots\' worker', () => {
    // as JSON in a template literal (minified) or in a quoted string
    const json = JSON.stringify(RULES.national['N-KR3']);
    const holding = scripts().filter((code) => code.includes(json) || code.includes(JSON.stringify(json).slice(1, -1)));
    // the game's chunk and the worker's own bundle
    expect(holding.length).toBe(2);
  });

  it('loses nothing of the rule set on the way through JSON (no undefined, no class, no NaN)', () => {
    expect(JSON.parse(JSON.stringify(RULES))).toStrictEqual(RULES);
  });

  it('ships no schema validation: no zod in any script', () => {
    for (const code of scripts()) {
      expect(code).not.toContain('safeParse');
      expect(code).not.toContain('The rules files were refused');
    }
  });
});
