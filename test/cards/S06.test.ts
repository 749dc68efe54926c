import { describe, expect, it } from 'vitest';
import { changed, modesOffered, openingGame, playEvent, playOps, strategyCard, whereIs } from '../helpers/cards';

const card = strategyCard('S06');

describe('S06 Launch Data in Real Time', () => {
  it('S06 raises the missile-warning link A-MWD from 0 to 1', () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'KR', 'S06'))).toEqual({ 'A-MWD': [0, 1] });
    expect(whereIs(g.G, 'S06')).toBe('discard');
  });

  it('S06 raises A-MWD from 1 to 2 too', () => {
    const g = openingGame();
    g.G.alliances['A-MWD']!.level = 1;
    expect(changed(g.G, () => playEvent(g, 'JP', 'S06'))).toEqual({ 'A-MWD': [1, 2] });
  });

  it('S06 gives Japan and South Korea credibility +1 each instead once A-MWD is at level 2', () => {
    const g = openingGame();
    g.G.alliances['A-MWD']!.level = 2;
    expect(changed(g.G, () => playEvent(g, 'US', 'S06'))).toEqual({
      'JP.credibility': [7, 8],
      'KR.credibility': [6, 7],
    });
  });

  it('S06 is a network event: China may play it only for operations', () => {
    const g = openingGame();
    expect(modesOffered(g, 'KR', 'S06')).toEqual(['event', 'ops']);
    expect(modesOffered(g, 'CN', 'S06')).toEqual(['ops']);
  });

  it('S06 played by China for operations fires the network event too', () => {
    const g = openingGame();
    expect(changed(g.G, () => playOps(g, 'CN', 'S06', 'pressure', 'OCE'))).toEqual({
      'A-MWD': [0, 1],
      'tension.OCE': [1, 1 + Math.ceil(card.ops / 2)],
    });
    expect(whereIs(g.G, 'S06')).toBe('discard');
  });
});
