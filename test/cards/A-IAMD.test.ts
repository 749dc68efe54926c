import { describe, expect, it } from 'vitest';
import { createInitialState } from '../../src/game';
import { directWeight } from '../../src/game/deterrence';
import { basingTheatres, proposableAlliances } from '../../src/game/ops';
import { allianceCard, answerAll, changed, openingGame, propose } from '../helpers/cards';

const card = allianceCard('A-IAMD');

describe('A-IAMD US–Australia–Japan Air-Defence Initiative', () => {
  it('A-IAMD starts unbuilt and may rise to level 3; America, Australia and Japan may propose it', () => {
    expect([card.start, card.max]).toEqual([0, 3]);
    expect(createInitialState(6).alliances['A-IAMD']).toEqual({ level: 0, suspended: 0 });
    const g = openingGame();
    for (const seat of ['US', 'AU', 'JP'] as const) expect(proposableAlliances(g.G, seat, 1)).toContain('A-IAMD');
    for (const seat of ['KR', 'PH'] as const) expect(proposableAlliances(g.G, seat, 4)).not.toContain('A-IAMD');
  });

  it("A-IAMD proposed by Japan rises to level 1 once America and Australia accept, and provokes China's reaction (tension WPAC +1, a Chinese force in WPAC)", () => {
    const g = openingGame();
    let asked: string[] = [];
    const diff = changed(g.G, () => {
      propose(g, 'JP', 'A-IAMD');
      asked = answerAll(g);
    });
    expect(asked).toEqual(['US', 'AU']);
    expect(diff).toEqual({ 'A-IAMD': [0, 1], 'tension.WPAC': [1, 2], 'CN.forces.WPAC': [0, 1] });
  });

  it('A-IAMD is not upgraded if Australia refuses', () => {
    const g = openingGame();
    const diff = changed(g.G, () => {
      propose(g, 'US', 'A-IAMD');
      answerAll(g, { AU: false });
    });
    expect(diff).toEqual({});
  });

  it('A-IAMD links Australia and Japan at 0.25 per level in WPAC and OCE only', () => {
    const g = openingGame();
    g.G.alliances['A-IAMD']!.level = 1;
    expect(directWeight(g.G, 'AU', 'JP', 'WPAC')).toBeCloseTo(0.25 * 0.85, 4);
    expect(directWeight(g.G, 'JP', 'AU', 'OCE')).toBeCloseTo(0.25 * 0.85, 4);
    expect(directWeight(g.G, 'JP', 'AU', 'ECS')).toBe(0);
  });

  it('A-IAMD in play lets Japan base forces in Oceania', () => {
    const g = openingGame();
    expect(basingTheatres(g.G, 'JP')).toEqual(['ECS', 'WPAC']);
    g.G.alliances['A-IAMD']!.level = 1;
    expect(basingTheatres(g.G, 'JP')).toEqual(['ECS', 'WPAC', 'OCE']);
  });
});
