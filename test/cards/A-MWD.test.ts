import { describe, expect, it } from 'vitest';
import { RULES, createInitialState } from '../../src/game';
import { directWeight } from '../../src/game/deterrence';
import { applyEffects } from '../../src/game/effects';
import { proposableAlliances } from '../../src/game/ops';
import { scoreRound } from '../../src/game/scoring';
import { allianceCard, answerAll, changed, openingGame, propose } from '../helpers/cards';

const card = allianceCard('A-MWD');

describe('A-MWD Real-Time Missile-Warning Data Sharing', () => {
  it('A-MWD starts unbuilt and may rise to level 3; America, Japan and South Korea may propose it', () => {
    expect([card.start, card.max]).toEqual([0, 3]);
    expect(createInitialState(6).alliances['A-MWD']).toEqual({ level: 0, suspended: 0 });
    const g = openingGame();
    for (const seat of ['US', 'JP', 'KR'] as const) expect(proposableAlliances(g.G, seat, 1)).toContain('A-MWD');
    expect(proposableAlliances(g.G, 'AU', 4)).not.toContain('A-MWD');
  });

  it("A-MWD proposed by South Korea rises to level 1 once America and Japan accept, and provokes China's reaction (tension KOR +1, a Chinese force in KOR)", () => {
    const g = openingGame();
    let asked: string[] = [];
    const diff = changed(g.G, () => {
      propose(g, 'KR', 'A-MWD');
      asked = answerAll(g);
    });
    expect(asked).toEqual(['US', 'JP']);
    expect(diff).toEqual({ 'A-MWD': [0, 1], 'tension.KOR': [4, 5], 'CN.forces.KOR': [1, 2] });
  });

  it('A-MWD is not upgraded if America refuses', () => {
    const g = openingGame();
    const diff = changed(g.G, () => {
      propose(g, 'JP', 'A-MWD');
      answerAll(g, { US: false });
    });
    expect(diff).toEqual({});
  });

  it('A-MWD in play makes each North Korean launch move order +1 (R-NK1, R-NK2, R-NK3)', () => {
    for (const launch of ['R-NK1', 'R-NK2', 'R-NK3']) {
      const g = openingGame();
      const effects = RULES.regional[launch]!.effects;
      expect(changed(g.G, () => applyEffects(g.G, effects, { source: launch, rng: g.rng })).order).toBeUndefined();
      g.G.alliances['A-MWD']!.level = 1;
      expect(changed(g.G, () => applyEffects(g.G, effects, { source: launch, rng: g.rng })).order).toEqual([0, 1]);
    }
  });

  it('A-MWD links Japan and South Korea at 0.25 per level in KOR and ECS only', () => {
    const g = openingGame();
    g.G.alliances['A-MWD']!.level = 1;
    expect(directWeight(g.G, 'KR', 'JP', 'ECS')).toBeCloseTo(0.25 * 0.8, 4);
    expect(directWeight(g.G, 'JP', 'KR', 'KOR')).toBeCloseTo(0.25 * 0.85, 4);
    expect(directWeight(g.G, 'JP', 'KR', 'WPAC')).toBe(0);
  });

  it('A-MWD suspended (data link paused) adds nothing and cannot be upgraded until the suspension runs out at the end of the round', () => {
    const g = openingGame();
    g.G.alliances['A-MWD'] = { level: 1, suspended: 1 };
    expect(directWeight(g.G, 'JP', 'KR', 'KOR')).toBe(0);
    expect(proposableAlliances(g.G, 'KR', 4)).not.toContain('A-MWD');
    scoreRound(g.G);
    expect(g.G.alliances['A-MWD']!.suspended).toBe(0);
    expect(proposableAlliances(g.G, 'KR', 4)).toContain('A-MWD');
  });

  it('A-MWD withers under America First at reliability 3 or less once above level 1 (8.6)', () => {
    const g = openingGame();
    g.G.administration = 'americaFirst';
    g.G.tracks.reliability = 3;
    g.G.alliances['A-MWD']!.level = 3;
    scoreRound(g.G);
    expect(g.G.alliances['A-MWD']!.level).toBe(2);
  });
});
