import { describe, expect, it } from 'vitest';
import { createInitialState } from '../../src/game';
import { proposableAlliances } from '../../src/game/ops';
import { allianceCard, answerAll, changed, openingGame, propose } from '../helpers/cards';

const card = allianceCard('A-AUKUSJP');

describe('A-AUKUSJP AUKUS Co-operation with Japan', () => {
  it('A-AUKUSJP starts unbuilt and stops at level 2', () => {
    expect([card.start, card.max]).toEqual([0, 2]);
    expect(createInitialState(6).alliances['A-AUKUSJP']).toEqual({ level: 0, suspended: 0 });
  });

  it("A-AUKUSJP requires Japan's information-security flag and AUKUS in play", () => {
    const g = openingGame();
    expect(proposableAlliances(g.G, 'JP', 4)).not.toContain('A-AUKUSJP');
    g.G.actors.JP!.flags = ['infoSecurity'];
    for (const seat of ['US', 'AU', 'JP'] as const) expect(proposableAlliances(g.G, seat, 1)).toContain('A-AUKUSJP');
    expect(proposableAlliances(g.G, 'KR', 4)).not.toContain('A-AUKUSJP');
    g.G.alliances['A-AUKUS']!.level = 0;
    expect(proposableAlliances(g.G, 'JP', 4)).not.toContain('A-AUKUSJP');
  });

  it("A-AUKUSJP proposed by Japan with the flag and AUKUS at level 2: Britain accepts on its printed condition, America and Australia accept; level 1 and China's reaction (tension ECS +1, a Chinese force in ECS; the order track does not move)", () => {
    const g = openingGame();
    g.G.actors.JP!.flags = ['infoSecurity'];
    g.G.alliances['A-AUKUS']!.level = 2;
    let asked: string[] = [];
    const diff = changed(g.G, () => {
      propose(g, 'JP', 'A-AUKUSJP');
      asked = answerAll(g);
    });
    expect(asked).toEqual(['US', 'AU']);
    expect(g.G.log.some((e) => e.type === 'answer' && e.actor === 'UK' && e.accept && e.reason === 'printed-condition')).toBe(true);
    expect(diff).toEqual({ 'A-AUKUSJP': [0, 1], 'tension.ECS': [3, 4], 'CN.forces.ECS': [2, 3] });
  });

  it('A-AUKUSJP is not upgraded if Australia refuses', () => {
    const g = openingGame();
    g.G.actors.JP!.flags = ['infoSecurity'];
    g.G.alliances['A-AUKUS']!.level = 2;
    const diff = changed(g.G, () => {
      propose(g, 'US', 'A-AUKUSJP');
      answerAll(g, { AU: false });
    });
    expect(diff).toEqual({});
  });

  it('A-AUKUSJP cannot go past level 2, whatever the card', () => {
    const g = openingGame();
    g.G.actors.JP!.flags = ['infoSecurity'];
    g.G.alliances['A-AUKUSJP']!.level = 1;
    expect(proposableAlliances(g.G, 'JP', 2)).toContain('A-AUKUSJP');
    g.G.alliances['A-AUKUSJP']!.level = 2;
    expect(proposableAlliances(g.G, 'JP', 4)).not.toContain('A-AUKUSJP');
  });

  it("A-AUKUSJP: Britain's printed condition is its own, not the card's requirement — with the flag but AUKUS only at level 1, Britain refuses, nobody else is asked and nothing changes", () => {
    const g = openingGame();
    g.G.actors.JP!.flags = ['infoSecurity'];
    expect(card.conditions.UK).not.toEqual(card.requires);
    expect(proposableAlliances(g.G, 'JP', 1)).toContain('A-AUKUSJP');
    const diff = changed(g.G, () => propose(g, 'JP', 'A-AUKUSJP'));
    expect(g.G.step.kind).toBe('action');
    expect(g.G.log.some((e) => e.type === 'answer' && e.actor === 'UK' && !e.accept && e.reason === 'printed-condition')).toBe(true);
    expect(diff).toEqual({});
  });
});
