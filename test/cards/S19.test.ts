import { describe, expect, it } from 'vitest';
import { changed, modesOffered, openingGame, playEvent, playOps, whereIs } from '../helpers/cards';

describe('S19 Water Cannon at the Shoal', () => {
  it('S19 raises tension in SCS by 2, costs the Philippines economy 1 but hardens its opinion +1, and moves order −1', () => {
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
});
