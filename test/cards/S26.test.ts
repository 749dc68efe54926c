import { describe, expect, it } from 'vitest';
import { changed, modesOffered, openingGame, playEvent, playOps, whereIs } from '../helpers/cards';

describe('S26 Pyongyang Off the Leash', () => {
  it('S26 raises tension in KOR by 2 and in ECS by 1', () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'CN', 'S26'))).toEqual({
      'tension.KOR': [4, 6],
      'tension.ECS': [3, 4],
    });
    expect(whereIs(g.G, 'S26')).toBe('discard');
  });

  it('S26 is a China event: network seats may play it only for operations', () => {
    const g = openingGame();
    expect(modesOffered(g, 'CN', 'S26')).toEqual(['event', 'ops']);
    expect(modesOffered(g, 'US', 'S26')).toEqual(['ops']);
    expect(modesOffered(g, 'KR', 'S26')).toEqual(['ops']);
  });

  it('S26 played by South Korea for operations fires the China event too', () => {
    const g = openingGame();
    expect(changed(g.G, () => playOps(g, 'KR', 'S26', 'lobby'))).toEqual({
      'tension.KOR': [4, 6],
      'tension.ECS': [3, 4],
      'KR.insurance': [0, 1],
    });
    expect(whereIs(g.G, 'S26')).toBe('discard');
  });
});
