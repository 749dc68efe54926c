import { describe, expect, it } from 'vitest';
import { changed, modesOffered, openingGame, playEvent, playOps, strategyCard, whereIs } from '../helpers/cards';

describe("S36 Regional Trade Pact", () => {
  it("S36 raises each ally's economy +1 and China trade +1", () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'CN', 'S36'))).toEqual({
      'JP.economy': [6, 7],
      'KR.economy': [6, 7],
      'AU.economy': [7, 8],
      'PH.economy': [5, 6],
      'JP.chinaTrade': [6, 7],
      'KR.chinaTrade': [6, 7],
      'AU.chinaTrade': [5, 6],
      'PH.chinaTrade': [4, 5],
    });
    expect(whereIs(g.G, 'S36')).toBe('discard');
  });

  it('S36 is neutral: China and every network seat may play it for its event', () => {
    const g = openingGame();
    for (const seat of ['US', 'CN', 'JP', 'KR', 'AU', 'PH'] as const) expect(modesOffered(g, seat, 'S36')).toEqual(['event', 'ops']);
  });

  it('S36 played for operations does not fire its event, whoever plays it', () => {
    const g = openingGame();
    expect(changed(g.G, () => playOps(g, 'JP', 'S36', 'lobby'))).toEqual({ 'JP.insurance': [0, 1] });
    expect(whereIs(g.G, 'S36')).toBe('discard');
    const h = openingGame();
    expect(changed(h.G, () => playOps(h, 'CN', 'S36', 'pressure', 'OCE'))).toEqual({ 'tension.OCE': [1, 1 + Math.ceil(strategyCard('S36').ops / 2)] });
  });
});
