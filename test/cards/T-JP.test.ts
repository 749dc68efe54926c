import { describe, expect, it } from 'vitest';
import { createInitialState, deterrence } from '../../src/game';
import { directWeight } from '../../src/game/deterrence';
import { proposableAlliances } from '../../src/game/ops';
import { startedGame } from '../helpers/builders';
import { allianceCard, crisisIn, openingGame } from '../helpers/cards';

const card = allianceCard('T-JP');

describe("T-JP US–Japan Security Treaty", () => {
  it('T-JP is a treaty in play from the start at level 3, its maximum', () => {
    expect(card.kind).toBe('treaty');
    expect(card.members).toEqual(['US', 'JP']);
    expect([card.start, card.max]).toEqual([3, 3]);
    expect(createInitialState(6).alliances['T-JP']).toEqual({ level: 3, suspended: 0 });
    expect(startedGame({ seed: 'T-JP' }).G.alliances['T-JP']!.level).toBe(3);
  });

  it("T-JP link weights: America to Japan 1 × (0.5 + 6/20) = 0.8; Japan to America only 0.25 × (0.5 + 7/20) = 0.2125 (one-way treaty)", () => {
    const g = openingGame();
    expect(directWeight(g.G, 'US', 'JP', 'ECS')).toBeCloseTo(0.8, 4);
    expect(directWeight(g.G, 'JP', 'US', 'ECS')).toBeCloseTo(0.2125, 4);
    g.G.alliances['T-JP']!.level = 0;
    expect(directWeight(g.G, 'US', 'JP', 'ECS')).toBe(0);
  });

  it("T-JP links America and Japan in every theatre, not only in its own (ECS, WPAC)", () => {
    const g = openingGame();
    expect(directWeight(g.G, 'US', 'JP', 'SCS')).toBeCloseTo(0.8);
  });

  it("T-JP makes America's 2 units in ECS count 0.8 each for Japan: deterrence 3 + 1.6 = 4.6, and 3.2 without the treaty", () => {
    const g = openingGame();
    expect(deterrence(g.G, 'ECS')).toBeCloseTo(4.6, 2);
    g.G.alliances['T-JP']!.level = 0;
    expect(deterrence(g.G, 'ECS')).toBeCloseTo(3.2, 2);
  });

  it('T-JP cannot be raised: no seat may propose it, whatever the card', () => {
    const g = openingGame();
    expect(proposableAlliances(g.G, 'US', 4)).not.toContain('T-JP');
    expect(proposableAlliances(g.G, 'JP', 4)).not.toContain('T-JP');
  });

  it('T-JP obliges (5.5): a ECS crisis America leaves unanswered costs US credibility 2 and reliability 1; answered, nothing', () => {
    for (const usCommit of [0, 1]) {
      const g = openingGame();
      g.G.tension.ECS = 0;
      delete g.G.actors.CN!.forces.ECS;
      g.G.actors.JP!.forces.ECS = 5;
      crisisIn(g, 'ECS', { US: usCommit, CN: 0 });
      expect(g.G.log.some((e) => e.type === 'crisisResult' && e.winner === 'network')).toBe(true);
      expect(g.G.actors.US!.credibility).toBe(usCommit ? 6 : 4);
      expect(g.G.tracks.reliability).toBe(usCommit ? 6 : 5);
    }
  });

  it('T-JP at level 0 would call on nobody: the same unanswered crisis costs America nothing', () => {
    const g = openingGame();
    g.G.alliances['T-JP']!.level = 0;
    g.G.tension.ECS = 0;
    delete g.G.actors.CN!.forces.ECS;
    g.G.actors.JP!.forces.ECS = 5;
    g.G.actors.JP!.forces.ECS = 8;
    crisisIn(g, 'ECS', { US: 0, CN: 0 });
    expect(g.G.log.some((e) => e.type === 'crisisResult' && e.winner === 'network')).toBe(true);
    expect(g.G.actors.US!.credibility).toBe(6);
    expect(g.G.tracks.reliability).toBe(6);
  });
});
