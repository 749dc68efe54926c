import { describe, expect, it } from 'vitest';
import { changed, modesOffered, openingGame, playEvent, playOps, strategyCard, whereIs } from '../helpers/cards';

const card = strategyCard('S12');

describe('S12 Quad Leaders Meet', () => {
  it('S12 raises the Quad from 0 to 1', () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'AU', 'S12'))).toEqual({ 'A-QUAD': [0, 1] });
    expect(whereIs(g.G, 'S12')).toBe('discard');
  });

  it('S12 gives Japan and Australia credibility +1 each instead once the Quad is in play', () => {
    const g = openingGame();
    g.G.alliances['A-QUAD']!.level = 1;
    expect(changed(g.G, () => playEvent(g, 'JP', 'S12'))).toEqual({
      'JP.credibility': [7, 8],
      'AU.credibility': [7, 8],
    });
  });

  it('S12 is a network event: China may play it only for operations', () => {
    const g = openingGame();
    expect(modesOffered(g, 'US', 'S12')).toEqual(['event', 'ops']);
    expect(modesOffered(g, 'CN', 'S12')).toEqual(['ops']);
  });

  it('S12 played by China for operations fires the network event too', () => {
    const g = openingGame();
    expect(changed(g.G, () => playOps(g, 'CN', 'S12', 'pressure', 'OCE'))).toEqual({
      'A-QUAD': [0, 1],
      'tension.OCE': [1, 1 + Math.ceil(card.ops / 2)],
    });
    expect(whereIs(g.G, 'S12')).toBe('discard');
  });
});
