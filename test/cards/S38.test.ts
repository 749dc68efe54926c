import { describe, expect, it } from 'vitest';
import { changed, modesOffered, openingGame, playEvent, playOps, strategyCard, whereIs } from '../helpers/cards';

describe("S38 Budget Backlash", () => {
  it("S38 raises the chosen ally's defence +1 and costs it opinion 1", () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'CN', 'S38', 'JP'))).toEqual({
      'JP.defence': [16, 17],
      'JP.opinion': [6, 5],
    });
    expect(whereIs(g.G, 'S38')).toBe('discard');
  });

  it('S38 is neutral: China and every network seat may play it for its event', () => {
    const g = openingGame();
    for (const seat of ['US', 'CN', 'JP', 'KR', 'AU', 'PH'] as const) expect(modesOffered(g, seat, 'S38')).toEqual(['event', 'ops']);
  });

  it('S38 played for operations does not fire its event, whoever plays it', () => {
    const g = openingGame();
    expect(changed(g.G, () => playOps(g, 'JP', 'S38', 'lobby'))).toEqual({ 'JP.insurance': [0, 1] });
    expect(whereIs(g.G, 'S38')).toBe('discard');
    const h = openingGame();
    expect(changed(h.G, () => playOps(h, 'CN', 'S38', 'pressure', 'OCE'))).toEqual({ 'tension.OCE': [1, 1 + Math.ceil(strategyCard('S38').ops / 2)] });
  });
});
