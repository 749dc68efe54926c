import { describe, expect, it } from 'vitest';
import { createInitialState, deterrence } from '../../src/game';
import { directWeight } from '../../src/game/deterrence';
import { proposableAlliances } from '../../src/game/ops';
import { startedGame } from '../helpers/builders';
import { allianceCard, crisisIn, openingGame } from '../helpers/cards';

const card = allianceCard('T-PH');

describe("T-PH US–Philippines Mutual Defence Treaty", () => {
  it('T-PH is a treaty in play from the start at level 3, its maximum', () => {
    expect(card.kind).toBe('treaty');
    expect(card.members).toEqual(['US', 'PH']);
    expect([card.start, card.max]).toEqual([3, 3]);
    expect(createInitialState(6).alliances['T-PH']).toEqual({ level: 3, suspended: 0 });
    expect(startedGame({ seed: 'T-PH' }).G.alliances['T-PH']!.level).toBe(3);
  });

  it("T-PH link weights: America to the Philippines 1 × (0.5 + 6/20) = 0.8; the Philippines to America 0.5 × (0.5 + 6/20) = 0.4", () => {
    const g = openingGame();
    expect(directWeight(g.G, 'US', 'PH', 'SCS')).toBeCloseTo(0.8, 4);
    expect(directWeight(g.G, 'PH', 'US', 'SCS')).toBeCloseTo(0.4, 4);
    g.G.alliances['T-PH']!.level = 0;
    expect(directWeight(g.G, 'US', 'PH', 'SCS')).toBe(0);
  });

  it("T-PH makes America's unit in SCS count 0.8 for the Philippines and Australia's 0.34 through America: deterrence 2.14, and 1.2 without the treaty", () => {
    const g = openingGame();
    expect(deterrence(g.G, 'SCS')).toBeCloseTo(2.14, 2);
    g.G.alliances['T-PH']!.level = 0;
    expect(deterrence(g.G, 'SCS')).toBeCloseTo(1.2, 2);
  });

  it('T-PH cannot be raised: no seat may propose it, whatever the card', () => {
    const g = openingGame();
    expect(proposableAlliances(g.G, 'US', 4)).not.toContain('T-PH');
    expect(proposableAlliances(g.G, 'PH', 4)).not.toContain('T-PH');
  });

  it('T-PH obliges (5.5): a SCS crisis America leaves unanswered costs US credibility 2 and reliability 1; answered, nothing', () => {
    for (const usCommit of [0, 1]) {
      const g = openingGame();
      g.G.tension.SCS = 0;
      delete g.G.actors.CN!.forces.SCS;
      g.G.actors.PH!.forces.SCS = 6;
      crisisIn(g, 'SCS', { US: usCommit, CN: 0 });
      expect(g.G.log.some((e) => e.type === 'crisisResult' && e.winner === 'network')).toBe(true);
      expect(g.G.actors.US!.credibility).toBe(usCommit ? 6 : 4);
      expect(g.G.tracks.reliability).toBe(usCommit ? 6 : 5);
    }
  });

  it('T-PH at level 0 would call on nobody: the same unanswered crisis costs America nothing', () => {
    const g = openingGame();
    g.G.alliances['T-PH']!.level = 0;
    g.G.tension.SCS = 0;
    delete g.G.actors.CN!.forces.SCS;
    g.G.actors.PH!.forces.SCS = 6;
    g.G.actors.PH!.forces.SCS = 8;
    crisisIn(g, 'SCS', { US: 0, CN: 0 });
    expect(g.G.log.some((e) => e.type === 'crisisResult' && e.winner === 'network')).toBe(true);
    expect(g.G.actors.US!.credibility).toBe(6);
    expect(g.G.tracks.reliability).toBe(6);
  });
});
