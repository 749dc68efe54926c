import { describe, expect, it } from 'vitest';
import { createInitialState } from '../../src/game';
import { directWeight } from '../../src/game/deterrence';
import { basingTheatres, proposableAlliances } from '../../src/game/ops';
import { allianceCard, answerAll, changed, openingGame, propose, whereIs } from '../helpers/cards';

const card = allianceCard('A-USJPPH');

describe('A-USJPPH US–Japan–Philippines Trilateral', () => {
  it('A-USJPPH starts unbuilt (level 0) and may rise to level 3; only its members may propose it', () => {
    expect([card.start, card.max]).toEqual([0, 3]);
    expect(createInitialState(6).alliances['A-USJPPH']).toEqual({ level: 0, suspended: 0 });
    const g = openingGame();
    for (const seat of ['US', 'JP', 'PH'] as const) expect(proposableAlliances(g.G, seat, 1)).toContain('A-USJPPH');
    for (const seat of ['KR', 'AU', 'CN'] as const) expect(proposableAlliances(g.G, seat, 4)).not.toContain('A-USJPPH');
  });

  it("A-USJPPH proposed by the Philippines rises to level 1 once America and Japan accept, and provokes China's reaction (tension SCS +1, a Chinese force in SCS)", () => {
    const g = openingGame();
    let asked: string[] = [];
    let played = '';
    const diff = changed(g.G, () => {
      played = propose(g, 'PH', 'A-USJPPH');
      asked = answerAll(g);
    });
    expect(asked).toEqual(['US', 'JP']);
    expect(diff).toEqual({ 'A-USJPPH': [0, 1], 'tension.SCS': [5, 6], 'CN.forces.SCS': [3, 4] });
    expect(whereIs(g.G, played)).toBe('discard');
  });

  it('A-USJPPH raised from 2 to 3 with a 3-ops card provokes the same reaction again', () => {
    const g = openingGame();
    g.G.alliances['A-USJPPH']!.level = 2;
    const diff = changed(g.G, () => {
      propose(g, 'US', 'A-USJPPH');
      answerAll(g);
    });
    expect(diff).toEqual({ 'A-USJPPH': [2, 3], 'tension.SCS': [5, 6], 'CN.forces.SCS': [3, 4] });
  });

  it('A-USJPPH is not upgraded if Japan refuses', () => {
    const g = openingGame();
    const diff = changed(g.G, () => {
      propose(g, 'PH', 'A-USJPPH');
      answerAll(g, { JP: false });
    });
    expect(diff).toEqual({});
  });

  it('A-USJPPH with a trade concession from Japan: Japan pays economy 1 once, America and the Philippines each gain economy 1, and America has received a concession (8.2)', () => {
    const g = openingGame();
    const diff = changed(g.G, () => {
      propose(g, 'JP', 'A-USJPPH', 'tradeConcession');
      answerAll(g);
    });
    expect(diff).toEqual({
      'A-USJPPH': [0, 1], 'tension.SCS': [5, 6], 'CN.forces.SCS': [3, 4],
      'JP.economy': [6, 5], 'US.economy': [7, 8], 'PH.economy': [5, 6], concessions: [0, 1],
    });
  });

  it('A-USJPPH links its members in SCS and ECS at 0.25 per level', () => {
    const g = openingGame();
    g.G.alliances['A-USJPPH']!.level = 3;
    expect(directWeight(g.G, 'JP', 'PH', 'SCS')).toBeCloseTo(0.75 * 0.85, 4);
    expect(directWeight(g.G, 'PH', 'JP', 'ECS')).toBeCloseTo(0.75 * 0.8, 4);
    expect(directWeight(g.G, 'JP', 'PH', 'SEA')).toBe(0);
  });

  it('A-USJPPH in play lets Japan base forces in the South China Sea', () => {
    const g = openingGame();
    expect(basingTheatres(g.G, 'JP')).not.toContain('SCS');
    g.G.alliances['A-USJPPH']!.level = 1;
    expect(basingTheatres(g.G, 'JP')).toContain('SCS');
    expect(basingTheatres(g.G, 'PH')).toContain('ECS');
  });
});
