import { describe, expect, it } from 'vitest';
import { changed, nationalCard, nationalOffered, nextRound, openingGame, playEvent } from '../helpers/cards';

describe('N-PH2 New Sites for American Forces', () => {
  it('N-PH2 adds a US force in SCS and raises Philippines credibility +1 and tension in SCS +1, at a cost of Philippine opinion 1', () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'PH', 'N-PH2'))).toEqual({
      'US.forces.SCS': [1, 2],
      'PH.credibility': [6, 7],
      'tension.SCS': [5, 6],
      'PH.opinion': [6, 5],
    });
  });

  it('N-PH2 is once a game: after it the Philippines is never offered it again', () => {
    expect(nationalCard('N-PH2').once).toBe(true);
    const g = openingGame();
    playEvent(g, 'PH', 'N-PH2');
    expect(nationalOffered(g.G, 'PH')).toEqual([]);
    nextRound(g);
    expect(nationalOffered(g.G, 'PH')).toEqual(['N-PH1', 'N-PH3']);
    nextRound(g);
    expect(nationalOffered(g.G, 'PH')).not.toContain('N-PH2');
  });

  it('N-PH2 is offered to the Philippines only', () => {
    const g = openingGame();
    for (const seat of ['US', 'CN', 'JP', 'KR', 'AU'] as const) expect(nationalOffered(g.G, seat)).not.toContain('N-PH2');
  });
});
