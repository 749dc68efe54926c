import { describe, expect, it } from 'vitest';
import { RULES, agendaHolds, finalScore } from '../../src/game';
import { computeResult, scoreRound } from '../../src/game/scoring';
import { startedGame } from '../helpers/builders';
import { agendaCard, openingGame } from '../helpers/cards';

const card = agendaCard('G-JP3');

describe("G-JP3 A Web of Partners", () => {
  it("G-JP3 holds with three groupings beyond the treaties at level 2 (the two trilaterals and the access link with Australia)", () => {
    const g = openingGame();
    g.G.agendas.JP = card.id;
    g.G.alliances['A-USJPKR']!.level = 2; g.G.alliances['A-USJPPH']!.level = 2; g.G.alliances['A-JPAU']!.level = 2;
    expect(agendaHolds(g.G, 'JP')).toBe(true);
  });

  it("G-JP3 does not hold with only two groupings at level 2 (AUKUS at 1 and the Taiwan partnership do not count)", () => {
    const g = openingGame();
    g.G.agendas.JP = card.id;
    g.G.alliances['A-USJPKR']!.level = 2; g.G.alliances['A-USJPPH']!.level = 2;
    expect(agendaHolds(g.G, 'JP')).toBe(false);
  });

  it("G-JP3 does not hold when one of the three is suspended (it counts as level 0)", () => {
    const g = openingGame();
    g.G.agendas.JP = card.id;
    g.G.alliances['A-USJPKR']!.level = 2; g.G.alliances['A-USJPPH']!.level = 2; g.G.alliances['A-JPAU']!.level = 2; g.G.alliances['A-USJPKR']!.suspended = 1;
    expect(agendaHolds(g.G, 'JP')).toBe(false);
  });

  it("G-JP3 adds its 4 points to JP's final score when it holds, none when it does not", () => {
    const g = openingGame();
    g.G.agendas.JP = card.id;
    g.G.actors.JP!.nip = 3;
    expect(finalScore(g.G, 'JP')).toBe(3);
    g.G.alliances['A-USJPKR']!.level = 2; g.G.alliances['A-USJPPH']!.level = 2; g.G.alliances['A-JPAU']!.level = 2;
    expect(finalScore(g.G, 'JP')).toBe(3 + 4);
  });

  it("G-JP3: when the network wins, JP shares the win only while its agenda holds", () => {
    const g = openingGame();
    g.G.agendas.JP = card.id;
    expect(computeResult(g.G, 'network', 'final-order').winners).not.toContain('JP');
    g.G.alliances['A-USJPKR']!.level = 2; g.G.alliances['A-USJPPH']!.level = 2; g.G.alliances['A-JPAU']!.level = 2;
    expect(computeResult(g.G, 'network', 'final-order').winners).toContain('JP');
  });

  it("G-JP3 earns JP 1 national-interest point in each round's scoring while it holds (7.2)", () => {
    const g = openingGame();
    g.G.agendas.JP = card.id;
    g.G.alliances['A-USJPKR']!.level = 2; g.G.alliances['A-USJPPH']!.level = 2; g.G.alliances['A-JPAU']!.level = 2;
    const economyPoint = g.G.actors.JP!.economy >= 5 ? 1 : 0;
    scoreRound(g.G);
    expect(g.G.actors.JP!.nip).toBe(economyPoint + 1);
  });

  it("G-JP3 is one of JP's two standard agendas (with G-JP1): the first move deals JP one of them at random, G-JP3 in some games", () => {
    expect(card.kind).toBe('standard');
    expect(card.points).toBe(4);
    const dealt = new Set<string>();
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) {
      const { G } = startedGame({ seed });
      expect(RULES.agendas[G.agendas.JP!]).toMatchObject({ actor: 'JP', kind: 'standard' });
      dealt.add(G.agendas.JP!);
    }
    expect([...dealt].sort()).toEqual(['G-JP1', 'G-JP3']);
  });
});
