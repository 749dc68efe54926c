import { describe, expect, it } from 'vitest';
import { createInitialState } from '../../src/game';
import { directWeight, weightToTheatre } from '../../src/game/deterrence';
import { basingTheatres, proposableAlliances } from '../../src/game/ops';
import { scoreRound } from '../../src/game/scoring';
import { allianceCard, answerAll, changed, openingGame, propose } from '../helpers/cards';

const card = allianceCard('A-JPAU');

describe('A-JPAU Japan–Australia Reciprocal Access', () => {
  it('A-JPAU binds two spokes without America: members Japan and Australia, unbuilt, stops at level 2', () => {
    expect(card.members).toEqual(['JP', 'AU']);
    expect([card.kind, card.start, card.max]).toEqual(['minilateral', 0, 2]);
    expect(createInitialState(6).alliances['A-JPAU']).toEqual({ level: 0, suspended: 0 });
    const g = openingGame();
    for (const seat of ['JP', 'AU'] as const) expect(proposableAlliances(g.G, seat, 1)).toContain('A-JPAU');
    for (const seat of ['US', 'KR', 'PH', 'CN'] as const) expect(proposableAlliances(g.G, seat, 4)).not.toContain('A-JPAU');
  });

  it("A-JPAU proposed by Japan rises to level 1 once Australia accepts, and provokes China's reaction (tension ECS +1)", () => {
    const g = openingGame();
    let asked: string[] = [];
    const diff = changed(g.G, () => {
      propose(g, 'JP', 'A-JPAU');
      asked = answerAll(g);
    });
    expect(asked).toEqual(['AU']);
    expect(diff).toEqual({ 'A-JPAU': [0, 1], 'tension.ECS': [3, 4] });
  });

  it('A-JPAU is not built if Australia refuses', () => {
    const g = openingGame();
    const diff = changed(g.G, () => {
      propose(g, 'JP', 'A-JPAU');
      answerAll(g, { AU: false });
    });
    expect(diff).toEqual({});
  });

  it('A-JPAU cannot pass level 2: no mutual-defence treaty for Japan [F21]', () => {
    const g = openingGame();
    g.G.alliances['A-JPAU']!.level = 1;
    expect(proposableAlliances(g.G, 'AU', 2)).toContain('A-JPAU');
    g.G.alliances['A-JPAU']!.level = 2;
    expect(proposableAlliances(g.G, 'AU', 4)).not.toContain('A-JPAU');
  });

  it('A-JPAU at level 2 links Japan to Australia at 0.5 × (0.5 + 7/20) in ECS, WPAC and OCE, and nowhere else', () => {
    const g = openingGame();
    g.G.alliances['A-JPAU']!.level = 2;
    for (const t of ['ECS', 'WPAC', 'OCE'] as const) expect(directWeight(g.G, 'JP', 'AU', t)).toBeCloseTo(0.425, 4);
    expect(directWeight(g.G, 'JP', 'AU', 'SCS')).toBe(0);
  });

  it('A-JPAU still counts in "the network without America": Japan\'s forces reach Australia in OCE with the hub removed', () => {
    const g = openingGame();
    const without = () => weightToTheatre(g.G, 'JP', 'OCE', { withoutAmerica: true });
    expect(without()).toBeCloseTo(0.1, 4);
    g.G.alliances['A-JPAU']!.level = 2;
    expect(without()).toBeCloseTo(0.425, 4);
  });

  it('A-JPAU never withers under America First, unlike the groupings that include America (8.6, 8.8)', () => {
    const g = openingGame();
    g.G.administration = 'americaFirst';
    g.G.tracks.reliability = 3;
    g.G.alliances['A-JPAU']!.level = 2;
    g.G.alliances['A-IAMD']!.level = 2;
    scoreRound(g.G);
    expect(g.G.alliances['A-JPAU']!.level).toBe(2);
    expect(g.G.alliances['A-IAMD']!.level).toBe(1);
  });

  it('A-JPAU in play lets Japan build in Oceania and Australia in the East China Sea', () => {
    const g = openingGame();
    expect(basingTheatres(g.G, 'JP')).toEqual(['ECS', 'WPAC']);
    expect(basingTheatres(g.G, 'AU')).toEqual(['SCS', 'WPAC', 'OCE']);
    g.G.alliances['A-JPAU']!.level = 1;
    expect(basingTheatres(g.G, 'JP')).toEqual(['ECS', 'WPAC', 'OCE']);
    expect(basingTheatres(g.G, 'AU')).toEqual(['ECS', 'SCS', 'WPAC', 'OCE']);
  });
});
