import { describe, expect, it } from 'vitest';
import { changed, nationalOffered, nextRound, openingGame, playEvent } from '../helpers/cards';

describe('N-PH1 Shoal Resupply', () => {
  it('N-PH1 raises tension in SCS +1 and Philippines opinion and credibility +1; the order track does not move', () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'PH', 'N-PH1'))).toEqual({
      'tension.SCS': [5, 6],
      'PH.opinion': [6, 7],
      'PH.credibility': [6, 7],
    });
  });

  it('N-PH1 is offered to the Philippines only, once a round', () => {
    const g = openingGame();
    expect(nationalOffered(g.G, 'PH')).toEqual(['N-PH1', 'N-PH2', 'N-PH3']);
    for (const seat of ['US', 'CN', 'JP', 'KR', 'AU'] as const) expect(nationalOffered(g.G, seat)).not.toContain('N-PH1');
    playEvent(g, 'PH', 'N-PH1');
    expect(nationalOffered(g.G, 'PH')).toEqual([]);
    nextRound(g);
    expect(nationalOffered(g.G, 'PH')).toEqual(['N-PH1', 'N-PH2', 'N-PH3']);
  });
});
