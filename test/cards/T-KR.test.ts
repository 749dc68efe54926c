import { describe, expect, it } from 'vitest';
import { createInitialState, deterrence } from '../../src/game';
import { directWeight } from '../../src/game/deterrence';
import { proposableAlliances } from '../../src/game/ops';
import { startedGame } from '../helpers/builders';
import { allianceCard, crisisIn, openingGame } from '../helpers/cards';

const card = allianceCard('T-KR');

describe("T-KR US–South Korea Mutual Defence Treaty", () => {
  it('T-KR is a treaty in play from the start at level 3, its maximum', () => {
    expect(card.kind).toBe('treaty');
    expect(card.members).toEqual(['US', 'KR']);
    expect([card.start, card.max]).toEqual([3, 3]);
    expect(createInitialState(6).alliances['T-KR']).toEqual({ level: 3, suspended: 0 });
    expect(startedGame({ seed: 'T-KR' }).G.alliances['T-KR']!.level).toBe(3);
  });

  it("T-KR link weights: America to South Korea 1 × (0.5 + 6/20) = 0.8; South Korea to America 0.5 × (0.5 + 6/20) = 0.4", () => {
    const g = openingGame();
    expect(directWeight(g.G, 'US', 'KR', 'KOR')).toBeCloseTo(0.8, 4);
    expect(directWeight(g.G, 'KR', 'US', 'KOR')).toBeCloseTo(0.4, 4);
    g.G.alliances['T-KR']!.level = 0;
    expect(directWeight(g.G, 'US', 'KR', 'KOR')).toBe(0);
  });

  it("T-KR makes America's 3 units in Korea count 0.8 each for South Korea: deterrence 4 + 2.4 = 6.4, and 4.3 without the treaty", () => {
    const g = openingGame();
    expect(deterrence(g.G, 'KOR')).toBeCloseTo(6.4, 2);
    g.G.alliances['T-KR']!.level = 0;
    expect(deterrence(g.G, 'KOR')).toBeCloseTo(4.3, 2);
  });

  it('T-KR cannot be raised: no seat may propose it, whatever the card', () => {
    const g = openingGame();
    expect(proposableAlliances(g.G, 'US', 4)).not.toContain('T-KR');
    expect(proposableAlliances(g.G, 'KR', 4)).not.toContain('T-KR');
  });

  it('T-KR obliges (5.5): a KOR crisis America leaves unanswered costs US credibility 2 and reliability 1; answered, nothing', () => {
    for (const usCommit of [0, 1]) {
      const g = openingGame();
      g.G.tension.KOR = 0;
      delete g.G.actors.CN!.forces.KOR;
      
      crisisIn(g, 'KOR', { US: usCommit, CN: 0 });
      expect(g.G.log.some((e) => e.type === 'crisisResult' && e.winner === 'network')).toBe(true);
      expect(g.G.actors.US!.credibility).toBe(usCommit ? 6 : 4);
      expect(g.G.tracks.reliability).toBe(usCommit ? 6 : 5);
    }
  });

  it('T-KR at level 0 would call on nobody: the same unanswered crisis costs America nothing', () => {
    const g = openingGame();
    g.G.alliances['T-KR']!.level = 0;
    g.G.tension.KOR = 0;
    delete g.G.actors.CN!.forces.KOR;
    g.G.actors.KR!.forces.KOR = 8;
    crisisIn(g, 'KOR', { US: 0, CN: 0 });
    expect(g.G.log.some((e) => e.type === 'crisisResult' && e.winner === 'network')).toBe(true);
    expect(g.G.actors.US!.credibility).toBe(6);
    expect(g.G.tracks.reliability).toBe(6);
  });
});
