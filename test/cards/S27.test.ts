import { describe, expect, it } from 'vitest';
import { changed, modesOffered, openingGame, playEvent, playOps, whereIs } from '../helpers/cards';

describe('S27 Coast Guard Round the Islands', () => {
  it("S27 raises tension in ECS by 2, adds a Chinese force there, and Japan's public rallies (+1 opinion)", () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'CN', 'S27'))).toEqual({
      'tension.ECS': [3, 5],
      'CN.forces.ECS': [2, 3],
      'JP.opinion': [6, 7],
    });
    expect(whereIs(g.G, 'S27')).toBe('discard');
  });

  it('S27 is a China event: network seats may play it only for operations', () => {
    const g = openingGame();
    expect(modesOffered(g, 'CN', 'S27')).toEqual(['event', 'ops']);
    expect(modesOffered(g, 'US', 'S27')).toEqual(['ops']);
    expect(modesOffered(g, 'KR', 'S27')).toEqual(['ops']);
  });

  it('S27 played by South Korea for operations fires the China event too', () => {
    const g = openingGame();
    expect(changed(g.G, () => playOps(g, 'KR', 'S27', 'lobby'))).toEqual({
      'tension.ECS': [3, 5],
      'CN.forces.ECS': [2, 3],
      'JP.opinion': [6, 7],
      'KR.insurance': [0, 1],
    });
    expect(whereIs(g.G, 'S27')).toBe('discard');
  });
});
