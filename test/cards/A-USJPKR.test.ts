import { describe, expect, it } from 'vitest';
import { createInitialState, deterrence } from '../../src/game';
import { directWeight } from '../../src/game/deterrence';
import { basingTheatres, proposableAlliances } from '../../src/game/ops';
import { scoreRound } from '../../src/game/scoring';
import { allianceCard, answerAll, changed, openingGame, propose, whereIs } from '../helpers/cards';

const card = allianceCard('A-USJPKR');

describe('A-USJPKR US–Japan–South Korea Trilateral', () => {
  it('A-USJPKR starts unbuilt (level 0) and may rise to level 3; only its members may propose it', () => {
    expect([card.start, card.max]).toEqual([0, 3]);
    expect(createInitialState(6).alliances['A-USJPKR']).toEqual({ level: 0, suspended: 0 });
    const g = openingGame();
    for (const seat of ['US', 'JP', 'KR'] as const) expect(proposableAlliances(g.G, seat, 1)).toContain('A-USJPKR');
    for (const seat of ['AU', 'PH', 'CN'] as const) expect(proposableAlliances(g.G, seat, 4)).not.toContain('A-USJPKR');
  });

  it("A-USJPKR proposed by Japan rises to level 1 once America and South Korea accept, and provokes China's reaction (tension KOR +1, a Chinese force in ECS)", () => {
    const g = openingGame();
    let asked: string[] = [];
    let played = '';
    const diff = changed(g.G, () => {
      played = propose(g, 'JP', 'A-USJPKR');
      asked = answerAll(g);
    });
    expect(asked).toEqual(['US', 'KR']);
    expect(diff).toEqual({ 'A-USJPKR': [0, 1], 'tension.KOR': [4, 5], 'CN.forces.ECS': [2, 3] });
    expect(whereIs(g.G, played)).toBe('discard');
  });

  it('A-USJPKR is not upgraded if South Korea refuses: nothing changes but the card played, which is spent', () => {
    const g = openingGame();
    let played = '';
    const diff = changed(g.G, () => {
      played = propose(g, 'US', 'A-USJPKR');
      answerAll(g, { KR: false });
    });
    expect(diff).toEqual({});
    expect(whereIs(g.G, played)).toBe('discard');
    expect(g.G.step).toMatchObject({ kind: 'action' });
  });

  it('A-USJPKR needs a card worth the level sought: from level 2, a 2-ops card cannot propose it, a 3-ops card can', () => {
    const g = openingGame();
    g.G.alliances['A-USJPKR']!.level = 2;
    expect(proposableAlliances(g.G, 'JP', 2)).not.toContain('A-USJPKR');
    expect(proposableAlliances(g.G, 'JP', 3)).toContain('A-USJPKR');
    g.G.alliances['A-USJPKR']!.level = 3;
    expect(proposableAlliances(g.G, 'JP', 4)).not.toContain('A-USJPKR');
  });

  it('A-USJPKR at level 2 links Japan to South Korea at 0.25 × 2 × (0.5 + 7/20) = 0.425 in KOR and ECS, not elsewhere', () => {
    const g = openingGame();
    g.G.alliances['A-USJPKR']!.level = 2;
    expect(directWeight(g.G, 'JP', 'KR', 'KOR')).toBeCloseTo(0.425, 4);
    expect(directWeight(g.G, 'KR', 'JP', 'ECS')).toBeCloseTo(0.4, 4);
    expect(directWeight(g.G, 'JP', 'KR', 'SCS')).toBe(0);
  });

  it('A-USJPKR at level 2 makes 2 Japanese units in Korea count 0.425 each: deterrence 7.25 instead of 6.74', () => {
    const g = openingGame();
    g.G.actors.JP!.forces.KOR = 2;
    expect(deterrence(g.G, 'KOR')).toBeCloseTo(6.74, 2);
    g.G.alliances['A-USJPKR']!.level = 2;
    expect(deterrence(g.G, 'KOR')).toBeCloseTo(7.25, 2);
  });

  it('A-USJPKR in play lets South Korea build in ECS and Japan in KOR', () => {
    const g = openingGame();
    expect(basingTheatres(g.G, 'KR')).toEqual(['KOR']);
    g.G.alliances['A-USJPKR']!.level = 1;
    expect(basingTheatres(g.G, 'KR')).toEqual(['KOR', 'ECS']);
    expect(basingTheatres(g.G, 'JP')).toContain('KOR');
  });

  it('A-USJPKR suspended (halted exercises) adds nothing and cannot be upgraded; the suspension ends with the round', () => {
    const g = openingGame();
    g.G.alliances['A-USJPKR'] = { level: 2, suspended: 1 };
    expect(directWeight(g.G, 'JP', 'KR', 'KOR')).toBe(0);
    expect(proposableAlliances(g.G, 'JP', 4)).not.toContain('A-USJPKR');
    scoreRound(g.G);
    expect(g.G.alliances['A-USJPKR']).toEqual({ level: 2, suspended: 0 });
    expect(directWeight(g.G, 'JP', 'KR', 'KOR')).toBeGreaterThan(0);
    expect(proposableAlliances(g.G, 'JP', 4)).toContain('A-USJPKR');
  });

  it('A-USJPKR withers under America First: above level 1 it loses a level at the end of a round when reliability is 3 or less (8.6)', () => {
    for (const [level, reliability, administration, after] of [
      [2, 3, 'americaFirst', 1],
      [3, 2, 'americaFirst', 2],
      [1, 3, 'americaFirst', 1],
      [2, 4, 'americaFirst', 2],
      [2, 3, 'continuity', 2],
    ] as const) {
      const g = openingGame();
      g.G.alliances['A-USJPKR']!.level = level;
      g.G.tracks.reliability = reliability;
      g.G.administration = administration;
      scoreRound(g.G);
      expect(g.G.alliances['A-USJPKR']!.level, `${level} at reliability ${reliability} under ${administration}`).toBe(after);
    }
  });
});
