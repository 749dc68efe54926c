import { describe, expect, it } from 'vitest';
import { changed, nationalOffered, nextRound, openingGame, playEvent } from '../helpers/cards';

describe('N-US3 Burden-Sharing Demand', () => {
  it("N-US3 before the election raises the chosen ally's defence +2 and costs its opinion 1, and America's reliability 1", () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'US', 'N-US3', 'PH'))).toEqual({
      'PH.defence': [13, 15],
      'PH.opinion': [6, 5],
      reliability: [6, 5],
    });
  });

  it('N-US3 under America First costs no reliability: its voters cheer', () => {
    const g = openingGame();
    g.G.administration = 'americaFirst';
    expect(changed(g.G, () => playEvent(g, 'US', 'N-US3', 'JP'))).toEqual({ 'JP.defence': [16, 18], 'JP.opinion': [6, 5] });
  });

  it("N-US3's blow to the ally's opinion is insurable: Korea's insurance absorbs it", () => {
    const g = openingGame();
    g.G.administration = 'continuity';
    g.G.actors.KR!.insurance = 1;
    expect(changed(g.G, () => playEvent(g, 'US', 'N-US3', 'KR'))).toEqual({
      'KR.defence': [28, 30],
      'KR.insurance': [1, 0],
      reliability: [6, 5],
    });
  });

  it('N-US3 may target only the four allies', () => {
    const g = openingGame();
    expect(() => playEvent(g, 'US', 'N-US3', 'TW')).toThrow(/illegal/);
  });

  it('N-US3 is offered to the United States only, once a round', () => {
    const g = openingGame();
    expect(nationalOffered(g.G, 'US')).toContain('N-US3');
    for (const seat of ['CN', 'JP', 'KR', 'AU', 'PH'] as const) expect(nationalOffered(g.G, seat)).not.toContain('N-US3');
    playEvent(g, 'US', 'N-US3', 'AU');
    expect(nationalOffered(g.G, 'US')).toEqual([]);
    nextRound(g);
    expect(nationalOffered(g.G, 'US')).toContain('N-US3');
  });
});
