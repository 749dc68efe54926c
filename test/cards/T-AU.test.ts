import { describe, expect, it } from 'vitest';
import { createInitialState, deterrence } from '../../src/game';
import { directWeight } from '../../src/game/deterrence';
import { proposableAlliances } from '../../src/game/ops';
import { startedGame } from '../helpers/builders';
import { allianceCard, crisisIn, openingGame } from '../helpers/cards';

const card = allianceCard('T-AU');

describe("T-AU ANZUS (US–Australia)", () => {
  it('T-AU is a treaty in play from the start at level 3, its maximum', () => {
    expect(card.kind).toBe('treaty');
    expect(card.members).toEqual(['US', 'AU']);
    expect([card.start, card.max]).toEqual([3, 3]);
    expect(createInitialState(6).alliances['T-AU']).toEqual({ level: 3, suspended: 0 });
    expect(startedGame({ seed: 'T-AU' }).G.alliances['T-AU']!.level).toBe(3);
  });

  it("T-AU link weights: America to Australia 1 × (0.5 + 6/20) = 0.8; Australia to America 0.5 × (0.5 + 7/20) = 0.425", () => {
    const g = openingGame();
    expect(directWeight(g.G, 'US', 'AU', 'OCE')).toBeCloseTo(0.8, 4);
    expect(directWeight(g.G, 'AU', 'US', 'OCE')).toBeCloseTo(0.425, 4);
    g.G.alliances['T-AU']!.level = 0;
    // without the treaty only AUKUS (level 1) links them there: 0.25 × 1 × 0.8
    expect(directWeight(g.G, 'US', 'AU', 'OCE')).toBeCloseTo(0.2, 4);
    expect(directWeight(g.G, 'US', 'AU', 'KOR')).toBe(0);
  });

  it("T-AU makes America's unit in Oceania count 0.8 for Australia: deterrence 2 + 0.8 = 2.8, and 2.2 without the treaty (AUKUS alone: 0.2)", () => {
    const g = openingGame();
    expect(deterrence(g.G, 'OCE')).toBeCloseTo(2.8, 2);
    g.G.alliances['T-AU']!.level = 0;
    expect(deterrence(g.G, 'OCE')).toBeCloseTo(2.2, 2);
  });

  it('T-AU cannot be raised: no seat may propose it, whatever the card', () => {
    const g = openingGame();
    expect(proposableAlliances(g.G, 'US', 4)).not.toContain('T-AU');
    expect(proposableAlliances(g.G, 'AU', 4)).not.toContain('T-AU');
  });

  it('T-AU obliges (5.5): a OCE crisis America leaves unanswered costs US credibility 2 and reliability 1; answered, nothing', () => {
    for (const usCommit of [0, 1]) {
      const g = openingGame();
      g.G.tension.OCE = 0;
      delete g.G.actors.CN!.forces.OCE;
      g.G.actors.AU!.forces.OCE = 6;
      crisisIn(g, 'OCE', { US: usCommit, CN: 0 });
      expect(g.G.log.some((e) => e.type === 'crisisResult' && e.winner === 'network')).toBe(true);
      expect(g.G.actors.US!.credibility).toBe(usCommit ? 6 : 4);
      expect(g.G.tracks.reliability).toBe(usCommit ? 6 : 5);
    }
  });

  it('T-AU at level 0 would call on nobody: the same unanswered crisis costs America nothing', () => {
    const g = openingGame();
    g.G.alliances['T-AU']!.level = 0;
    g.G.tension.OCE = 0;
    delete g.G.actors.CN!.forces.OCE;
    g.G.actors.AU!.forces.OCE = 6;
    g.G.actors.AU!.forces.OCE = 8;
    crisisIn(g, 'OCE', { US: 0, CN: 0 });
    expect(g.G.log.some((e) => e.type === 'crisisResult' && e.winner === 'network')).toBe(true);
    expect(g.G.actors.US!.credibility).toBe(6);
    expect(g.G.tracks.reliability).toBe(6);
  });
});
