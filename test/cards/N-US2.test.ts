import { describe, expect, it } from 'vitest';
import { changed, nationalOffered, nextRound, openingGame, playEvent } from '../helpers/cards';

describe('N-US2 Arms Package for Taiwan', () => {
  it("N-US2 raises Taiwan's defence by 2 and tension in TWN by 1 (before the election)", () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'US', 'N-US2'))).toEqual({
      taiwanDefence: [25, 27],
      'tension.TWN': [5, 6],
    });
  });

  it('N-US2 under continuity raises tension in TWN by 1 only', () => {
    const g = openingGame();
    g.G.administration = 'continuity';
    expect(changed(g.G, () => playEvent(g, 'US', 'N-US2'))).toEqual({
      taiwanDefence: [25, 27],
      'tension.TWN': [5, 6],
    });
  });

  it('N-US2 under America First raises tension in TWN by 2: louder support', () => {
    const g = openingGame();
    g.G.administration = 'americaFirst';
    expect(changed(g.G, () => playEvent(g, 'US', 'N-US2'))).toEqual({
      taiwanDefence: [25, 27],
      'tension.TWN': [5, 7],
    });
  });

  it('N-US2 is once a round: afterwards no US national card is offered until the next round', () => {
    const g = openingGame();
    expect(nationalOffered(g.G, 'US')).toContain('N-US2');
    expect(nationalOffered(g.G, 'JP')).not.toContain('N-US2');
    playEvent(g, 'US', 'N-US2');
    expect(nationalOffered(g.G, 'US')).toEqual([]);
    nextRound(g);
    expect(nationalOffered(g.G, 'US')).toEqual(['N-US1', 'N-US2', 'N-US3']);
  });
});
