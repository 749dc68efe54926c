import { describe, expect, it } from 'vitest';
import { forceCap, totalForces } from '../../src/game/seats';
import { changed, modesOffered, openingGame, playEvent, playOps, strategyCard, whereIs } from '../helpers/cards';

const card = strategyCard('S43');

describe('S43 Missiles on the Southwest Islands', () => {
  it('S43 adds a Japanese force in ECS, costs Japan economy 1 and raises tension in ECS +1', () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'JP', 'S43'))).toEqual({
      'JP.forces.ECS': [3, 4],
      'JP.economy': [6, 5],
      'tension.ECS': [3, 4],
    });
    expect(whereIs(g.G, 'S43')).toBe('discard');
  });

  it("S43 is not a build: it adds the unit even when Japan is at its force cap (6.2)", () => {
    const g = openingGame();
    g.G.actors.JP!.forces = { ECS: 4, WPAC: 1 };
    expect(totalForces(g.G, 'JP')).toBe(forceCap(g.G, 'JP'));
    expect(changed(g.G, () => playEvent(g, 'US', 'S43'))['JP.forces.ECS']).toEqual([4, 5]);
  });

  it('S43 is a network event: China may play it only for operations', () => {
    const g = openingGame();
    expect(modesOffered(g, 'JP', 'S43')).toEqual(['event', 'ops']);
    expect(modesOffered(g, 'CN', 'S43')).toEqual(['ops']);
  });

  it('S43 played by China for operations fires the network event too', () => {
    const g = openingGame();
    expect(changed(g.G, () => playOps(g, 'CN', 'S43', 'pressure', 'OCE'))).toEqual({
      'JP.forces.ECS': [3, 4],
      'JP.economy': [6, 5],
      'tension.ECS': [3, 4],
      'tension.OCE': [1, 1 + Math.ceil(card.ops / 2)],
    });
  });
});
