import { describe, expect, it } from 'vitest';
import { changed, modesOffered, openingGame, playEvent, playOps, whereIs } from '../helpers/cards';

describe('S44 Critical Minerals Held Back', () => {
  it('S44 on an exposed ally (Japan, China trade 6) costs it economy 2 and lowers its China trade by 1', () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'CN', 'S44', 'JP'))).toEqual({
      'JP.economy': [6, 4],
      'JP.chinaTrade': [6, 5],
    });
    expect(whereIs(g.G, 'S44')).toBe('discard');
  });

  it('S44 on a less exposed ally (Australia, China trade 5) costs economy 1 and still lowers its China trade by 1', () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'CN', 'S44', 'AU'))).toEqual({
      'AU.economy': [7, 6],
      'AU.chinaTrade': [5, 4],
    });
  });

  it('S44 is a China event: network seats may play it only for operations', () => {
    const g = openingGame();
    expect(modesOffered(g, 'CN', 'S44')).toEqual(['event', 'ops']);
    expect(modesOffered(g, 'PH', 'S44')).toEqual(['ops']);
  });

  it('S44 played by South Korea for operations fires the China event on South Korea itself', () => {
    const g = openingGame();
    expect(changed(g.G, () => playOps(g, 'KR', 'S44', 'lobby'))).toEqual({
      'KR.economy': [6, 4],
      'KR.chinaTrade': [6, 5],
      'KR.insurance': [0, 1],
    });
  });

  it('S44 may target only the four allies', () => {
    const g = openingGame();
    expect(() => playEvent(g, 'CN', 'S44', 'TW')).toThrow(/illegal/);
  });
});
