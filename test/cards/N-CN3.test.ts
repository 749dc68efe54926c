import { describe, expect, it } from 'vitest';
import { changed, nationalOffered, nextRound, openingGame, playEvent } from '../helpers/cards';

describe('N-CN3 Carrot for Manila', () => {
  it('N-CN3 raises Philippine China trade +1 and takes one US unit out of SCS; a trilateral not yet built cannot be suspended', () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'CN', 'N-CN3'))).toEqual({
      'PH.chinaTrade': [4, 5],
      'US.forces.SCS': [1, 0],
    });
    expect(g.G.alliances['A-USJPPH']?.suspended).toBe(0);
  });

  it('N-CN3 suspends the US–Japan–Philippines trilateral for a round when it is in play', () => {
    const g = openingGame();
    g.G.alliances['A-USJPPH']!.level = 1;
    playEvent(g, 'CN', 'N-CN3');
    expect(g.G.alliances['A-USJPPH']?.suspended).toBe(1);
  });

  it('N-CN3 with Philippine opinion at 4 or less draws Manila further: China trade +2 in all', () => {
    const g = openingGame();
    g.G.actors.PH!.opinion = 4;
    expect(changed(g.G, () => playEvent(g, 'CN', 'N-CN3'))).toEqual({
      'PH.chinaTrade': [4, 6],
      'US.forces.SCS': [1, 0],
    });
  });

  it('N-CN3 never moves the order track', () => {
    const g = openingGame();
    g.G.actors.PH!.opinion = 2;
    expect(changed(g.G, () => playEvent(g, 'CN', 'N-CN3')).order).toBeUndefined();
  });

  it('N-CN3 is offered to China only, once a round', () => {
    const g = openingGame();
    expect(nationalOffered(g.G, 'CN')).toEqual(['N-CN1', 'N-CN2', 'N-CN3']);
    for (const seat of ['US', 'JP', 'KR', 'AU', 'PH'] as const) expect(nationalOffered(g.G, seat)).not.toContain('N-CN3');
    playEvent(g, 'CN', 'N-CN3');
    expect(nationalOffered(g.G, 'CN')).toEqual([]);
    nextRound(g);
    expect(nationalOffered(g.G, 'CN')).toContain('N-CN3');
  });
});
