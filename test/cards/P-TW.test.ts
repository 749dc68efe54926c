import { describe, expect, it } from 'vitest';
import { createInitialState, deterrence } from '../../src/game';
import { directWeight } from '../../src/game/deterrence';
import { proposableAlliances } from '../../src/game/ops';
import { allianceCard, crisisIn, openingGame } from '../helpers/cards';

const card = allianceCard('P-TW');

/** A Taiwan Strait crisis the network cannot lose: no tension, no Chinese forces, a strong Taiwan. */
function safeTaiwanCrisis(usCommit: number, administration: 'undecided' | 'americaFirst' = 'undecided') {
  const g = openingGame();
  g.G.administration = administration;
  g.G.tension.TWN = 0;
  delete g.G.actors.CN!.forces.TWN;
  g.G.actors.TW!.forces.TWN = 8;
  crisisIn(g, 'TWN', { US: usCommit, CN: 0 });
  expect(g.G.log.some((e) => e.type === 'crisisResult' && e.winner === 'network')).toBe(true);
  return g;
}

describe('P-TW US–Taiwan Partnership', () => {
  it('P-TW is a partnership in play from the start at level 1, its maximum, and cannot be raised', () => {
    expect(card.kind).toBe('partnership');
    expect(card.members).toEqual(['US', 'TW']);
    expect([card.start, card.max]).toEqual([1, 1]);
    expect(createInitialState(6).alliances['P-TW']).toEqual({ level: 1, suspended: 0 });
    const g = openingGame();
    expect(proposableAlliances(g.G, 'US', 4)).not.toContain('P-TW');
  });

  it('P-TW links America to Taiwan at 0.5 × (0.5 + 6/20) = 0.4: no guarantee', () => {
    const g = openingGame();
    expect(directWeight(g.G, 'US', 'TW', 'TWN')).toBeCloseTo(0.4, 4);
    g.G.alliances['P-TW']!.level = 0;
    expect(directWeight(g.G, 'US', 'TW', 'TWN')).toBe(0);
  });

  it("P-TW makes America's unit in the Taiwan Strait count 0.4 for Taiwan: deterrence 2 + 0.4 = 2.4, and 2.1 without it", () => {
    const g = openingGame();
    expect(deterrence(g.G, 'TWN')).toBeCloseTo(2.4, 2);
    g.G.alliances['P-TW']!.level = 0;
    expect(deterrence(g.G, 'TWN')).toBeCloseTo(2.1, 2);
  });

  it('P-TW is no treaty: a Taiwan Strait crisis America leaves unanswered costs it no credibility or reliability', () => {
    const g = safeTaiwanCrisis(0);
    expect(g.G.actors.US!.credibility).toBe(6);
    expect(g.G.tracks.reliability).toBe(6);
    expect(g.G.actors.US!.opinion).toBe(5);
  });

  it('P-TW: answering for a partner costs American opinion 1 (5.6)', () => {
    const g = safeTaiwanCrisis(1);
    expect(g.G.actors.US!.opinion).toBe(4);
  });

  it('P-TW: answering for a partner under America First costs American opinion 2 (5.6)', () => {
    const g = safeTaiwanCrisis(1, 'americaFirst');
    expect(g.G.actors.US!.opinion).toBe(3);
  });
});
