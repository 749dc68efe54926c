import { describe, expect, it } from 'vitest';
import { deterrence } from '../../src/game/deterrence';
import { changed, nationalOffered, nextRound, openingGame, playEvent } from '../helpers/cards';

describe('N-AU2 Rotations Through the North', () => {
  it('N-AU2 adds a US force in SEA and raises Australia credibility +1, at a cost of Australian opinion 1', () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'AU', 'N-AU2'))).toEqual({
      'US.forces.SEA': [0, 1],
      'AU.credibility': [7, 8],
      'AU.opinion': [6, 5],
    });
  });

  it('N-AU2 raises deterrence in Southeast Asia through the treaties with Thailand and the Philippines', () => {
    const g = openingGame();
    const before = deterrence(g.G, 'SEA');
    playEvent(g, 'AU', 'N-AU2');
    expect(deterrence(g.G, 'SEA')).toBeGreaterThan(before);
  });

  it('N-AU2 is offered to Australia only, once a round', () => {
    const g = openingGame();
    expect(nationalOffered(g.G, 'AU')).toEqual(['N-AU1', 'N-AU2']);
    for (const seat of ['US', 'CN', 'JP', 'KR', 'PH'] as const) expect(nationalOffered(g.G, seat)).not.toContain('N-AU2');
    playEvent(g, 'AU', 'N-AU2');
    expect(nationalOffered(g.G, 'AU')).toEqual([]);
    nextRound(g);
    expect(nationalOffered(g.G, 'AU')).toEqual(['N-AU1', 'N-AU2']);
  });
});
