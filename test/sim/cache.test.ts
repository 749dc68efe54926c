// The balance report's cache of games: a batch comes back as it was kept, under the hash of
// what decides its games, and not under another hash or another description.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codeHash, diskCache } from '../../src/sim/cache';
import { runBatch, type BatchSpec } from '../../src/sim/batch';
import { checkTargets } from '../../src/sim/targets';
import { summarize } from '../../src/sim/stats';

const dir = mkdtempSync(join(tmpdir(), 'balance-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('balance cache', () => {
  const spec: BatchSpec = { scenario: 'class-election', seed: 'cache', from: 0, count: 2, bot: 'greedy' };

  it('gives back a batch as it was kept, only for the same description and hash', () => {
    const records = runBatch(spec);
    const cache = diskCache(dir, 'h1');
    expect(cache.get(spec)).toBeUndefined();
    cache.put(spec, records);
    expect(cache.get(spec)).toEqual(records);
    expect(cache.get({ ...spec, without: 'S01' })).toBeUndefined();
    expect(cache.get({ ...spec, from: 1 })).toBeUndefined();
    expect(diskCache(dir, 'h2').get(spec)).toBeUndefined();
  });

  it('hashes the code and rules that decide a game', () => {
    const root = new URL('../../', import.meta.url).pathname;
    expect(codeHash(root)).toMatch(/^[0-9a-f]{16}$/);
    expect(codeHash(root)).toBe(codeHash(root));
  });

  it('does not call the ablation target met while some cards are not measured', () => {
    const s = summarize(runBatch(spec));
    const small = { card: 'S01', side: 'network' as const, games: 2, change: { mean: 0, lo: 0, hi: 0, n: 2 }, withCard: 0.5, withoutCard: 0.5 };
    const last = (pending: number) => checkTargets(s, [small], pending).at(-1);
    expect(last(0)?.met).toBe(true);
    expect(last(3)?.met).toBe(false);
    expect(last(3)?.observed).toMatch(/3 not measured yet/);
  });
});
