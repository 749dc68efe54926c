import { describe, expect, it } from 'vitest';
import { changed, nationalCard, nationalOffered, nextRound, openingGame, playEvent } from '../helpers/cards';

describe('N-JP2 Information-Security Law', () => {
  it('N-JP2 gives Japan the information-security flag and costs it economy 1', () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'JP', 'N-JP2'))).toEqual({
      'JP.flags': ['', 'infoSecurity'],
      'JP.economy': [6, 5],
    });
  });

  it('N-JP2 requires that Japan does not hold the flag yet', () => {
    const g = openingGame();
    expect(nationalCard('N-JP2').requires).toBeDefined();
    g.G.actors.JP!.flags = ['infoSecurity'];
    expect(nationalOffered(g.G, 'JP')).toEqual(['N-JP1', 'N-JP3']);
  });

  it('N-JP2 is once a game: even with the flag lost, it is never offered again', () => {
    const g = openingGame();
    expect(nationalCard('N-JP2').once).toBe(true);
    playEvent(g, 'JP', 'N-JP2');
    expect(nationalOffered(g.G, 'JP')).toEqual([]);
    nextRound(g);
    g.G.actors.JP!.flags = [];
    expect(nationalOffered(g.G, 'JP')).toEqual(['N-JP1', 'N-JP3']);
    nextRound(g);
    expect(nationalOffered(g.G, 'JP')).toEqual(['N-JP1', 'N-JP3']);
  });

  it('N-JP2 is offered to Japan only', () => {
    const g = openingGame();
    for (const seat of ['US', 'CN', 'KR', 'AU', 'PH'] as const) expect(nationalOffered(g.G, seat)).not.toContain('N-JP2');
  });
});
