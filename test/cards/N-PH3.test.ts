import { describe, expect, it } from 'vitest';
import { changed, nationalOffered, nextRound, openingGame, playEvent } from '../helpers/cards';

describe('N-PH3 An Independent Foreign Policy', () => {
  it('N-PH3 raises Philippine China trade and economy +1 each, eases tension in SCS by 1 and costs Philippines credibility 1', () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'PH', 'N-PH3'))).toEqual({
      'PH.chinaTrade': [4, 5],
      'PH.economy': [5, 6],
      'tension.SCS': [5, 4],
      'PH.credibility': [6, 5],
    });
  });

  it('N-PH3 does not itself turn the government away from the network', () => {
    const g = openingGame();
    playEvent(g, 'PH', 'N-PH3');
    expect(g.G.actors.PH!.aligned).toBe(true);
  });

  it('N-PH3 is offered to the Philippines only, once a round', () => {
    const g = openingGame();
    expect(nationalOffered(g.G, 'PH')).toContain('N-PH3');
    for (const seat of ['US', 'CN', 'JP', 'KR', 'AU'] as const) expect(nationalOffered(g.G, seat)).not.toContain('N-PH3');
    playEvent(g, 'PH', 'N-PH3');
    expect(nationalOffered(g.G, 'PH')).toEqual([]);
    nextRound(g);
    expect(nationalOffered(g.G, 'PH')).toContain('N-PH3');
  });
});
