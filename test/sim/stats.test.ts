import { describe, expect, it } from 'vitest';
import { runBatch, splitBatch } from '../../src/sim/batch';
import { summarize } from '../../src/sim/stats';
import { MIN_SCENARIO_GAMES, checkTargets, fewerGames } from '../../src/sim/targets';
import { runBatches } from '../../src/sim/parallel';

describe('the simulator statistics', () => {
  const records = runBatch({ scenario: 'spring-2024', seed: 'stats', from: 0, count: 8, bot: 'greedy' });
  const s = summarize(records);

  it('counts every game once, by side and by election result', () => {
    expect(s.games).toBe(8);
    const under = Object.values(s.chinaWinsUnder);
    expect(under.reduce((n, r) => n + r.n, 0)).toBe(8);
    expect(under.reduce((n, r) => n + r.k, 0)).toBe(s.chinaWins.k);
    expect(s.elections.americaFirst + s.elections.continuity).toBe(8);
  });

  it('counts a card as played when it was played for its event or its operations', () => {
    for (const u of Object.values(s.cards)) {
      expect(u.any.k).toBeGreaterThanOrEqual(Math.max(u.event.k, u.ops.k));
      expect(u.any.k).toBeLessThanOrEqual(u.event.k + u.ops.k);
    }
    const played = new Set(records.flatMap((r) => [...r.events, ...r.ops]));
    expect(Object.entries(s.cards).filter(([, u]) => u.any.k > 0).map(([id]) => id).sort()).toEqual([...played].sort());
  });

  it('checks the targets against the figures', () => {
    const checks = checkTargets(s, []);
    const overall = checks[0];
    expect(overall?.met).toBe(s.chinaWins.p >= 0.35 && s.chinaWins.p <= 0.55);
    expect(checks.at(-1)?.met).toBe(false);
  });

  it('says so when a scenario is measured on fewer games than the issue asks for', () => {
    expect(fewerGames(s.games)).toContain(`fewer than the ${MIN_SCENARIO_GAMES}`);
    expect(fewerGames(MIN_SCENARIO_GAMES)).toBe('');
  });

  it('gives the same games on worker threads as in this process', async () => {
    const spec = { scenario: 'class-election', seed: 'threads', from: 0, count: 4, bot: 'greedy' };
    const threaded = (await runBatches(splitBatch(spec, 2), 2)).flat();
    expect(threaded).toEqual(runBatch(spec));
  }, 60_000);
});
