import { describe, expect, it } from 'vitest';
import { RULES, createInitialState, deterrence } from '../../src/game';
import { directWeight } from '../../src/game/deterrence';
import { proposableAlliances } from '../../src/game/ops';
import { startedGame } from '../helpers/builders';
import { allianceCard, crisisIn, openingGame } from '../helpers/cards';

const card = allianceCard('T-TH');

describe("T-TH US–Thailand Alliance", () => {
  it('T-TH is a treaty in play from the start at level 3, its maximum', () => {
    expect(card.kind).toBe('treaty');
    expect(card.members).toEqual(['US', 'TH']);
    expect([card.start, card.max]).toEqual([3, 3]);
    expect(createInitialState(6).alliances['T-TH']).toEqual({ level: 3, suspended: 0 });
    expect(startedGame({ seed: 'T-TH' }).G.alliances['T-TH']!.level).toBe(3);
  });

  it("T-TH link weights: America to Thailand 1 × (0.5 + 6/20) = 0.8; Thailand to America 0.5 × (0.5 + 5/20) × 0.5 = 0.1875, halved again because Thailand's government is not aligned (9.2)", () => {
    const g = openingGame();
    expect(directWeight(g.G, 'US', 'TH', 'SEA')).toBeCloseTo(0.8, 4);
    expect(directWeight(g.G, 'TH', 'US', 'SEA')).toBeCloseTo(0.1875, 4);
    g.G.actors.TH!.aligned = true;
    expect(directWeight(g.G, 'TH', 'US', 'SEA')).toBeCloseTo(0.375, 4);
    g.G.actors.TH!.aligned = false;
    g.G.alliances['T-TH']!.level = 0;
    expect(directWeight(g.G, 'US', 'TH', 'SEA')).toBe(0);
  });

  it('T-TH: Thailand is a member of no other alliance card', () => {
    expect(Object.values(RULES.alliances).filter((a) => a.members.includes('TH')).map((a) => a.id)).toEqual(['T-TH']);
  });

  it("T-TH makes the Philippine unit in SEA count 0.32 for Thailand through America: deterrence 1.32, and 1.1 without the treaty", () => {
    const g = openingGame();
    expect(deterrence(g.G, 'SEA')).toBeCloseTo(1.32, 2);
    g.G.alliances['T-TH']!.level = 0;
    expect(deterrence(g.G, 'SEA')).toBeCloseTo(1.1, 2);
  });

  it('T-TH cannot be raised: no seat may propose it, whatever the card', () => {
    const g = openingGame();
    expect(proposableAlliances(g.G, 'US', 4)).not.toContain('T-TH');
  });

  it('T-TH obliges (5.5): a SEA crisis America leaves unanswered costs US credibility 2 and reliability 1; answered, nothing', () => {
    for (const usCommit of [0, 1]) {
      const g = openingGame();
      g.G.tension.SEA = 0;
      delete g.G.actors.CN!.forces.SEA;
      g.G.actors.TH!.forces.SEA = 6;
      crisisIn(g, 'SEA', { US: usCommit, CN: 0 });
      expect(g.G.log.some((e) => e.type === 'crisisResult' && e.winner === 'network')).toBe(true);
      expect(g.G.actors.US!.credibility).toBe(usCommit ? 6 : 4);
      expect(g.G.tracks.reliability).toBe(usCommit ? 6 : 5);
    }
  });

  it('T-TH at level 0 still leaves the Philippine treaty to call America in SEA; with neither treaty the unanswered crisis costs nothing', () => {
    for (const philippineTreaty of [3, 0]) {
      const g = openingGame();
      g.G.alliances['T-TH']!.level = 0;
      g.G.alliances['T-PH']!.level = philippineTreaty;
      g.G.tension.SEA = 0;
      delete g.G.actors.CN!.forces.SEA;
      g.G.actors.TH!.forces.SEA = 8;
      crisisIn(g, 'SEA', { US: 0, CN: 0 });
      expect(g.G.log.some((e) => e.type === 'crisisResult' && e.winner === 'network')).toBe(true);
      expect(g.G.actors.US!.credibility).toBe(philippineTreaty ? 4 : 6);
      expect(g.G.tracks.reliability).toBe(philippineTreaty ? 5 : 6);
    }
  });

});
