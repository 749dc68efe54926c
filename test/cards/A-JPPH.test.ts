import { describe, expect, it } from 'vitest';
import { createInitialState } from '../../src/game';
import { directWeight, weightToTheatre } from '../../src/game/deterrence';
import { proposableAlliances } from '../../src/game/ops';
import { allianceCard, answerAll, changed, openingGame, propose } from '../helpers/cards';

const card = allianceCard('A-JPPH');

describe('A-JPPH Japan–Philippines Reciprocal Access', () => {
  it('A-JPPH binds two spokes without America: members Japan and the Philippines, unbuilt, stops at level 2', () => {
    expect(card.members).toEqual(['JP', 'PH']);
    expect([card.kind, card.start, card.max]).toEqual(['minilateral', 0, 2]);
    expect(createInitialState(6).alliances['A-JPPH']).toEqual({ level: 0, suspended: 0 });
    const g = openingGame();
    for (const seat of ['JP', 'PH'] as const) expect(proposableAlliances(g.G, seat, 1)).toContain('A-JPPH');
    for (const seat of ['US', 'KR', 'AU', 'CN'] as const) expect(proposableAlliances(g.G, seat, 4)).not.toContain('A-JPPH');
  });

  it('A-JPPH needs a Philippine government aligned with the network [F26]', () => {
    const g = openingGame();
    g.G.actors.PH!.aligned = false;
    expect(proposableAlliances(g.G, 'JP', 4)).not.toContain('A-JPPH');
    expect(proposableAlliances(g.G, 'PH', 4)).not.toContain('A-JPPH');
  });

  it("A-JPPH proposed by the Philippines rises to level 1 once Japan accepts, and provokes China's reaction (tension SCS +1, a Chinese force in SCS)", () => {
    const g = openingGame();
    let asked: string[] = [];
    const diff = changed(g.G, () => {
      propose(g, 'PH', 'A-JPPH');
      asked = answerAll(g);
    });
    expect(asked).toEqual(['JP']);
    expect(diff).toEqual({ 'A-JPPH': [0, 1], 'tension.SCS': [5, 6], 'CN.forces.SCS': [3, 4] });
  });

  it('A-JPPH is not built if Japan refuses', () => {
    const g = openingGame();
    const diff = changed(g.G, () => {
      propose(g, 'PH', 'A-JPPH');
      answerAll(g, { JP: false });
    });
    expect(diff).toEqual({});
  });

  it('A-JPPH cannot pass level 2', () => {
    const g = openingGame();
    g.G.alliances['A-JPPH']!.level = 2;
    expect(proposableAlliances(g.G, 'JP', 4)).not.toContain('A-JPPH');
  });

  it('A-JPPH at level 2 links Japan to the Philippines in SCS and ECS, and still does with the hub removed', () => {
    const g = openingGame();
    g.G.alliances['A-JPPH']!.level = 2;
    expect(directWeight(g.G, 'JP', 'PH', 'SCS')).toBeCloseTo(0.5 * 0.85, 4);
    expect(directWeight(g.G, 'PH', 'JP', 'ECS')).toBeCloseTo(0.5 * 0.8, 4);
    expect(directWeight(g.G, 'JP', 'PH', 'SEA')).toBe(0);
    expect(weightToTheatre(g.G, 'JP', 'SCS', { withoutAmerica: true })).toBeCloseTo(0.425, 4);
  });
});
