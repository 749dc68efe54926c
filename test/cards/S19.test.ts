import { describe, expect, it } from 'vitest';
import { changed, modesOffered, openingGame, playEvent, playOps, whereIs } from '../helpers/cards';

describe('S19 Water Cannon at the Shoal', () => {
  it('S19 with the South China Sea exercises unbuilt raises tension in SCS by 2, costs the Philippines economy 1 but hardens its opinion +1, and moves order −1', () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'CN', 'S19'))).toEqual({
      'tension.SCS': [5, 7],
      'PH.economy': [5, 4],
      'PH.opinion': [6, 7],
      order: [0, -1],
    });
    expect(whereIs(g.G, 'S19')).toBe('discard');
  });

  it('S19 is a China event: network seats may play it only for operations', () => {
    const g = openingGame();
    expect(modesOffered(g, 'CN', 'S19')).toEqual(['event', 'ops']);
    expect(modesOffered(g, 'US', 'S19')).toEqual(['ops']);
    expect(modesOffered(g, 'KR', 'S19')).toEqual(['ops']);
  });

  it('S19 played by South Korea for operations fires the China event too', () => {
    const g = openingGame();
    expect(changed(g.G, () => playOps(g, 'KR', 'S19', 'lobby'))).toEqual({
      'tension.SCS': [5, 7],
      'PH.economy': [5, 4],
      'PH.opinion': [6, 7],
      order: [0, -1],
      'KR.insurance': [0, 1],
    });
    expect(whereIs(g.G, 'S19')).toBe('discard');
  });

  it('S19 with the South China Sea exercises (A-SCSX) at level 2 moves no order: partners are there to see it', () => {
    const g = openingGame();
    g.G.alliances['A-SCSX']!.level = 2;
    expect(changed(g.G, () => playEvent(g, 'CN', 'S19'))).toEqual({
      'tension.SCS': [5, 7],
      'PH.economy': [5, 4],
      'PH.opinion': [6, 7],
    });
  });

  it('S19 with A-SCSX at level 1 still moves order −1', () => {
    const g = openingGame();
    g.G.alliances['A-SCSX']!.level = 1;
    expect(changed(g.G, () => playEvent(g, 'CN', 'S19')).order).toEqual([0, -1]);
  });
});
