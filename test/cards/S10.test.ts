import { describe, expect, it } from 'vitest';
import { changed, modesOffered, openingGame, playEvent, playOps, strategyCard, whereIs } from '../helpers/cards';

const card = strategyCard('S10');

describe('S10 Friends on Capitol Hill', () => {
  it('S10 gives the chosen ally insurance +2 and leaves the election track alone', () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'KR', 'S10', 'PH'))).toEqual({ 'PH.insurance': [0, 2] });
    expect(whereIs(g.G, 'S10')).toBe('discard');
  });

  it('S10 offers exactly the four allies as targets', () => {
    const g = openingGame();
    playEvent(g, 'US', 'S10', 'JP');
    expect(g.G.actors.JP!.insurance).toBe(2);
    const h = openingGame();
    expect(() => playEvent(h, 'US', 'S10', 'TW')).toThrow(/illegal/);
  });

  it('S10 is a network event: China may play it only for operations', () => {
    const g = openingGame();
    expect(modesOffered(g, 'AU', 'S10')).toEqual(['event', 'ops']);
    expect(modesOffered(g, 'CN', 'S10')).toEqual(['ops']);
  });

  it('S10 played by China for operations fires the network event on the first legal ally (Japan)', () => {
    const g = openingGame();
    expect(changed(g.G, () => playOps(g, 'CN', 'S10', 'pressure', 'OCE'))).toEqual({
      'JP.insurance': [0, 2],
      'tension.OCE': [1, 1 + Math.ceil(card.ops / 2)],
    });
    expect(whereIs(g.G, 'S10')).toBe('discard');
  });
});
