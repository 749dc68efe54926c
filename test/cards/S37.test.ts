import { describe, expect, it } from 'vitest';
import { changed, modesOffered, openingGame, playEvent, playOps, strategyCard, whereIs } from '../helpers/cards';

describe("S37 Typhoon Relief", () => {
  it("S37 raises the chosen ally's opinion +1 and the credibility of the seat that plays it +1", () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'US', 'S37', 'PH'))).toEqual({
      'PH.opinion': [6, 7],
      'US.credibility': [6, 7],
    });
    expect(whereIs(g.G, 'S37')).toBe('discard');
  });

  it('S37 played by China gives China the credibility and the ally the opinion', () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'CN', 'S37', 'KR'))).toEqual({
      'KR.opinion': [6, 7],
      'CN.credibility': [6, 7],
    });
  });

  it('S37 is neutral: China and every network seat may play it for its event', () => {
    const g = openingGame();
    for (const seat of ['US', 'CN', 'JP', 'KR', 'AU', 'PH'] as const) expect(modesOffered(g, seat, 'S37')).toEqual(['event', 'ops']);
  });

  it('S37 played for operations does not fire its event, whoever plays it', () => {
    const g = openingGame();
    expect(changed(g.G, () => playOps(g, 'JP', 'S37', 'lobby'))).toEqual({ 'JP.insurance': [0, 1] });
    expect(whereIs(g.G, 'S37')).toBe('discard');
    const h = openingGame();
    expect(changed(h.G, () => playOps(h, 'CN', 'S37', 'pressure', 'OCE'))).toEqual({ 'tension.OCE': [1, 1 + Math.ceil(strategyCard('S37').ops / 2)] });
  });
});
