import { describe, expect, it } from 'vitest';
import { legalActionsFor } from '../../src/game';
import { A, giveCards, actionFor, play } from '../helpers/builders';
import { changed, modesOffered, openingGame, playEvent, playOps, strategyCard, whereIs } from '../helpers/cards';

const card = strategyCard('S30');

describe('S30 Runway on a Reef', () => {
  it('S30 adds a Chinese force in SCS and one in SEA, and raises no tension (the airstrip is built, not brandished)', () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'CN', 'S30'))).toEqual({
      'CN.forces.SCS': [3, 4],
      'CN.forces.SEA': [1, 2],
    });
    expect(whereIs(g.G, 'S30')).toBe('discard');
  });

  it('S30 is worth 3 operations (at 4 the network, which holds it most often, gained more from its operations than China from its event)', () => {
    expect(card.ops).toBe(3);
  });

  it('S30 is a China event: network seats may play it only for operations', () => {
    const g = openingGame();
    expect(modesOffered(g, 'CN', 'S30')).toEqual(['event', 'ops']);
    expect(modesOffered(g, 'PH', 'S30')).toEqual(['ops']);
  });

  it('S30 played by South Korea for operations fires the China event too', () => {
    const g = openingGame();
    expect(changed(g.G, () => playOps(g, 'KR', 'S30', 'lobby'))).toEqual({
      'CN.forces.SCS': [3, 4],
      'CN.forces.SEA': [1, 2],
      'KR.insurance': [0, 1],
    });
    expect(whereIs(g.G, 'S30')).toBe('discard');
  });

  it('S30 played by China to build adds ceil(3/2) = 2 forces and costs economy 1; China may not build in Oceania', () => {
    const g = openingGame();
    giveCards(g.G, 'CN', ['S30']);
    actionFor(g.G, 'CN');
    play(g.G, g.rng, 'CN', A.card('S30'), A.ops(), A.op('build'));
    const targets = legalActionsFor(g.G, 'CN').filter((a) => a.move === 'chooseTarget').map((a) => a.args[0]);
    expect(targets).toEqual(['KOR', 'ECS', 'TWN', 'SCS', 'WPAC', 'SEA']);
    expect(changed(g.G, () => play(g.G, g.rng, 'CN', A.target('TWN')))).toEqual({
      'CN.forces.TWN': [4, 4 + Math.ceil(card.ops / 2)],
      'CN.economy': [7, 6],
    });
  });
});
