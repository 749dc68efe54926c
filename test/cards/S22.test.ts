import { describe, expect, it } from 'vitest';
import { changed, modesOffered, openingGame, playEvent, playOps, whereIs } from '../helpers/cards';

describe('S22 Carrier Group East of Taiwan', () => {
  it('S22 raises tension in TWN by 2 and adds one Chinese force there', () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'CN', 'S22'))).toEqual({
      'tension.TWN': [5, 7],
      'CN.forces.TWN': [4, 5],
    });
    expect(whereIs(g.G, 'S22')).toBe('discard');
  });

  it('S22 is a China event: network seats may play it only for operations', () => {
    const g = openingGame();
    expect(modesOffered(g, 'CN', 'S22')).toEqual(['event', 'ops']);
    expect(modesOffered(g, 'US', 'S22')).toEqual(['ops']);
    expect(modesOffered(g, 'KR', 'S22')).toEqual(['ops']);
  });

  it('S22 played by South Korea for operations fires the China event too', () => {
    const g = openingGame();
    expect(changed(g.G, () => playOps(g, 'KR', 'S22', 'lobby'))).toEqual({
      'tension.TWN': [5, 7],
      'CN.forces.TWN': [4, 5],
      'KR.insurance': [0, 1],
    });
    expect(whereIs(g.G, 'S22')).toBe('discard');
  });
});
