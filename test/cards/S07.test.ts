import { describe, expect, it } from 'vitest';
import { changed, modesOffered, openingGame, playEvent, playOps, strategyCard, whereIs } from '../helpers/cards';

const card = strategyCard('S07');

describe('S07 Training Exchange with Taiwan', () => {
  it('S07 raises Taiwan\'s defence +2 and tension in the strait +1, and adds no unit itself (its budget fields them, 6.5)', () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'US', 'S07'))).toEqual({
      taiwanDefence: [25, 27],
      'tension.TWN': [5, 6],
    });
    expect(whereIs(g.G, 'S07')).toBe('discard');
  });

  it('S07 is the network\'s event: any network seat may play it for its event, China only for operations', () => {
    const g = openingGame();
    expect(modesOffered(g, 'JP', 'S07')).toEqual(['event', 'ops']);
    expect(modesOffered(g, 'CN', 'S07')).toEqual(['ops']);
  });

  it('S07 played by China for operations still trains Taiwan before the pressure', () => {
    const g = openingGame();
    expect(changed(g.G, () => playOps(g, 'CN', 'S07', 'pressure', 'OCE'))).toEqual({
      taiwanDefence: [25, 27],
      'tension.TWN': [5, 6],
      'tension.OCE': [1, 1 + Math.ceil(card.ops / 2)],
    });
    expect(whereIs(g.G, 'S07')).toBe('discard');
  });
});
