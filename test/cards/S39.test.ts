import { describe, expect, it } from 'vitest';
import { changed, modesOffered, openingGame, playEvent, playOps, strategyCard, whereIs } from '../helpers/cards';

describe("S39 Alliance Summit in Europe", () => {
  it("S39 moves the Ukraine signal −1 and costs each ally opinion 1", () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'AU', 'S39'))).toEqual({
      ukraine: [2, 1],
      'JP.opinion': [6, 5],
      'KR.opinion': [6, 5],
      'AU.opinion': [6, 5],
      'PH.opinion': [6, 5],
    });
    expect(whereIs(g.G, 'S39')).toBe('discard');
  });

  it('S39 is neutral: China and every network seat may play it for its event', () => {
    const g = openingGame();
    for (const seat of ['US', 'CN', 'JP', 'KR', 'AU', 'PH'] as const) expect(modesOffered(g, seat, 'S39')).toEqual(['event', 'ops']);
  });

  it('S39 played for operations does not fire its event, whoever plays it', () => {
    const g = openingGame();
    expect(changed(g.G, () => playOps(g, 'JP', 'S39', 'lobby'))).toEqual({ 'JP.insurance': [0, 1] });
    expect(whereIs(g.G, 'S39')).toBe('discard');
    const h = openingGame();
    expect(changed(h.G, () => playOps(h, 'CN', 'S39', 'pressure', 'OCE'))).toEqual({ 'tension.OCE': [1, 1 + Math.ceil(strategyCard('S39').ops / 2)] });
  });
});
