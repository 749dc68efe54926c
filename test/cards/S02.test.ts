import { describe, expect, it } from 'vitest';
import { changed, modesOffered, openingGame, playEvent, playOps, strategyCard, whereIs } from '../helpers/cards';

const card = strategyCard('S02');

describe('S02 Three Leaders at One Table', () => {
  it('S02 raises the US–Japan–Philippines trilateral from 0 to 1 with tension in SCS +1 and Philippines credibility +1', () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'PH', 'S02'))).toEqual({
      'A-USJPPH': [0, 1],
      'tension.SCS': [5, 6],
      'PH.credibility': [6, 7],
    });
    expect(whereIs(g.G, 'S02')).toBe('discard');
  });

  it('S02 still raises A-USJPPH at level 1, and raises Philippines opinion +1 instead from level 2', () => {
    const g = openingGame();
    g.G.alliances['A-USJPPH']!.level = 1;
    expect(changed(g.G, () => playEvent(g, 'US', 'S02'))).toEqual({
      'A-USJPPH': [1, 2],
      'tension.SCS': [5, 6],
      'PH.credibility': [6, 7],
    });
    expect(changed(g.G, () => playEvent(g, 'JP', 'S02'))).toEqual({
      'PH.opinion': [6, 7],
      'PH.credibility': [7, 8],
    });
  });

  it('S02 is a network event: China may play it only for operations', () => {
    const g = openingGame();
    expect(modesOffered(g, 'PH', 'S02')).toEqual(['event', 'ops']);
    expect(modesOffered(g, 'CN', 'S02')).toEqual(['ops']);
  });

  it('S02 played by China for operations fires the network event too', () => {
    const g = openingGame();
    expect(changed(g.G, () => playOps(g, 'CN', 'S02', 'pressure', 'OCE'))).toEqual({
      'A-USJPPH': [0, 1],
      'tension.SCS': [5, 6],
      'PH.credibility': [6, 7],
      'tension.OCE': [1, 1 + Math.ceil(card.ops / 2)],
    });
    expect(whereIs(g.G, 'S02')).toBe('discard');
  });
});
