import { describe, expect, it } from 'vitest';
import { changed, modesOffered, openingGame, playEvent, playOps, strategyCard, whereIs } from '../helpers/cards';

const card = strategyCard('S13');

describe('S13 Japan Steps Forward', () => {
  it('S13 raises Japan defence +1 and credibility +1', () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'JP', 'S13'))).toEqual({
      'JP.defence': [16, 17],
      'JP.credibility': [7, 8],
    });
    expect(whereIs(g.G, 'S13')).toBe('discard');
  });

  it('S13 is a network event: China may play it only for operations', () => {
    const g = openingGame();
    expect(modesOffered(g, 'KR', 'S13')).toEqual(['event', 'ops']);
    expect(modesOffered(g, 'CN', 'S13')).toEqual(['ops']);
  });

  it('S13 played by China for operations fires the network event too', () => {
    const g = openingGame();
    expect(changed(g.G, () => playOps(g, 'CN', 'S13', 'pressure', 'OCE'))).toEqual({
      'JP.defence': [16, 17],
      'JP.credibility': [7, 8],
      'tension.OCE': [1, 1 + Math.ceil(card.ops / 2)],
    });
    expect(whereIs(g.G, 'S13')).toBe('discard');
  });
});
