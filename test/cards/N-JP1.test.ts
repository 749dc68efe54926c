import { describe, expect, it } from 'vitest';
import { changed, nationalOffered, nextRound, openingGame, playEvent } from '../helpers/cards';

describe('N-JP1 Budget Toward 2%', () => {
  it('N-JP1 raises Japan defence by 2 and costs Japan opinion 1', () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'JP', 'N-JP1'))).toEqual({
      'JP.defence': [16, 18],
      'JP.opinion': [6, 5],
    });
  });

  it('N-JP1 is offered to Japan only', () => {
    const g = openingGame();
    expect(nationalOffered(g.G, 'JP')).toEqual(['N-JP1', 'N-JP2', 'N-JP3']);
    for (const seat of ['US', 'CN', 'KR', 'AU', 'PH'] as const) expect(nationalOffered(g.G, seat)).not.toContain('N-JP1');
  });

  it('N-JP1 is once a round: after it Japan is offered no national card (not even N-JP2 or N-JP3) until the next round', () => {
    const g = openingGame();
    playEvent(g, 'JP', 'N-JP1');
    expect(nationalOffered(g.G, 'JP')).toEqual([]);
    nextRound(g);
    expect(nationalOffered(g.G, 'JP')).toEqual(['N-JP1', 'N-JP2', 'N-JP3']);
    playEvent(g, 'JP', 'N-JP1');
    expect(g.G.actors.JP!.defence).toBe(20);
  });
});
