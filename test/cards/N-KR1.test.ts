import { describe, expect, it } from 'vitest';
import { changed, nationalOffered, nextRound, openingGame, playEvent } from '../helpers/cards';

describe('N-KR1 Host Combined Exercises', () => {
  it('N-KR1 raises South Korea credibility +1 and tension in KOR +1; Japan stays out while the trilateral is unbuilt', () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'KR', 'N-KR1'))).toEqual({
      'KR.credibility': [6, 7],
      'tension.KOR': [4, 5],
    });
  });

  it('N-KR1 with A-USJPKR at level 1 brings Japan in: Japan credibility +1 too, and the order track never moves (a card played every round must not farm it)', () => {
    const g = openingGame();
    g.G.alliances['A-USJPKR']!.level = 1;
    expect(changed(g.G, () => playEvent(g, 'KR', 'N-KR1'))).toEqual({
      'KR.credibility': [6, 7],
      'tension.KOR': [4, 5],
      'JP.credibility': [7, 8],
    });
  });

  it('N-KR1 is offered to South Korea only, once a round', () => {
    const g = openingGame();
    expect(nationalOffered(g.G, 'KR')).toEqual(['N-KR1', 'N-KR2', 'N-KR3']);
    for (const seat of ['US', 'CN', 'JP', 'AU', 'PH'] as const) expect(nationalOffered(g.G, seat)).not.toContain('N-KR1');
    playEvent(g, 'KR', 'N-KR1');
    expect(nationalOffered(g.G, 'KR')).toEqual([]);
    nextRound(g);
    expect(nationalOffered(g.G, 'KR')).toEqual(['N-KR1', 'N-KR2', 'N-KR3']);
  });
});
