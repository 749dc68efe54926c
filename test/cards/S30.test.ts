import { describe, expect, it } from 'vitest';
import { legalActionsFor } from '../../src/game';
import { A, giveCards, actionFor, play } from '../helpers/builders';
import { changed, modesOffered, openingGame, playEvent, playOps, strategyCard, whereIs } from '../helpers/cards';

const card = strategyCard('S30');

describe('S30 Runway on a Reef', () => {
  it('S30 adds two Chinese forces in SCS and raises tension there by 1', () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'CN', 'S30'))).toEqual({
      'CN.forces.SCS': [3, 5],
      'tension.SCS': [5, 6],
    });
    expect(whereIs(g.G, 'S30')).toBe('discard');
  });

  it('S30 is a China event: network seats may play it only for operations', () => {
    const g = openingGame();
    expect(modesOffered(g, 'CN', 'S30')).toEqual(['event', 'ops']);
    expect(modesOffered(g, 'PH', 'S30')).toEqual(['ops']);
  });

  it('S30 played by South Korea for operations fires the China event too', () => {
    const g = openingGame();
    expect(changed(g.G, () => playOps(g, 'KR', 'S30', 'lobby'))).toEqual({
      'CN.forces.SCS': [3, 5],
      'tension.SCS': [5, 6],
      'KR.insurance': [0, 1],
    });
    expect(whereIs(g.G, 'S30')).toBe('discard');
  });

  it('S30 played by China to build adds ceil(4/2) = 2 forces and costs economy 1; China may not build in Oceania', () => {
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
