import { describe, expect, it } from 'vitest';
import { createInitialState, deterrence } from '../../src/game';
import { directWeight } from '../../src/game/deterrence';
import { proposableAlliances } from '../../src/game/ops';
import { allianceCard, answerAll, changed, openingGame, propose } from '../helpers/cards';

const card = allianceCard('A-SCSX');

describe('A-SCSX Multinational South China Sea Exercises', () => {
  it('A-SCSX starts unbuilt and may rise to level 3; its four members may propose it', () => {
    expect([card.start, card.max]).toEqual([0, 3]);
    expect(createInitialState(6).alliances['A-SCSX']).toEqual({ level: 0, suspended: 0 });
    const g = openingGame();
    for (const seat of ['US', 'JP', 'AU', 'PH'] as const) expect(proposableAlliances(g.G, seat, 1)).toContain('A-SCSX');
    expect(proposableAlliances(g.G, 'KR', 4)).not.toContain('A-SCSX');
  });

  it("A-SCSX proposed by the Philippines rises to level 1 once America, Japan and Australia all accept, and provokes China's reaction (tension SCS +1, a Chinese force in SCS)", () => {
    const g = openingGame();
    let asked: string[] = [];
    const diff = changed(g.G, () => {
      propose(g, 'PH', 'A-SCSX');
      asked = answerAll(g);
    });
    expect(asked).toEqual(['US', 'JP', 'AU']);
    expect(diff).toEqual({ 'A-SCSX': [0, 1], 'tension.SCS': [5, 6], 'CN.forces.SCS': [3, 4] });
  });

  it('A-SCSX: one refusal ends the proposal — Japan refuses, Australia is not even asked, nothing changes', () => {
    const g = openingGame();
    let asked: string[] = [];
    const diff = changed(g.G, () => {
      propose(g, 'PH', 'A-SCSX');
      asked = answerAll(g, { JP: false });
    });
    expect(asked).toEqual(['US', 'JP']);
    expect(diff).toEqual({});
  });

  it('A-SCSX with a co-funded force from America: America pays economy 1 once, and Japan, Australia and the Philippines each gain defence 1 (8.2)', () => {
    const g = openingGame();
    const diff = changed(g.G, () => {
      propose(g, 'US', 'A-SCSX', 'coFundedForce');
      answerAll(g);
    });
    expect(diff).toEqual({
      'A-SCSX': [0, 1], 'tension.SCS': [5, 6], 'CN.forces.SCS': [3, 4],
      'US.economy': [7, 6], 'JP.defence': [16, 17], 'AU.defence': [20, 21], 'PH.defence': [13, 14],
    });
  });

  it('A-SCSX at level 2 links Australia to the Philippines at 0.5 in SCS: deterrence 2.14 → 2.53', () => {
    const g = openingGame();
    expect(deterrence(g.G, 'SCS')).toBeCloseTo(2.14, 2);
    g.G.alliances['A-SCSX']!.level = 2;
    expect(directWeight(g.G, 'AU', 'PH', 'SCS')).toBeCloseTo(0.5 * 0.85, 4);
    expect(directWeight(g.G, 'AU', 'PH', 'SEA')).toBe(0);
    // PH 1 + US 1 × 0.8 + AU 1 × 0.425 (direct, better than 0.34 through America) … and America's own
    // link to the Philippines is still the treaty's 0.8
    expect(deterrence(g.G, 'SCS')).toBeCloseTo(1 + 0.8 + 0.425, 2);
  });
});
