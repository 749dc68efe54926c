import { describe, expect, it } from 'vitest';
import { RULES, agendaHolds, finalScore } from '../../src/game';
import { computeResult, scoreRound } from '../../src/game/scoring';
import { startedGame } from '../helpers/builders';
import { agendaCard, openingGame } from '../helpers/cards';

const card = agendaCard('G-PH3');

describe("G-PH3 Partners on the Water", () => {
  it("G-PH3 holds with the South China Sea exercises at level 2 and Philippine opinion at its opening 6", () => {
    const g = openingGame();
    g.G.agendas.PH = card.id;
    g.G.alliances['A-SCSX']!.level = 2;
    expect(agendaHolds(g.G, 'PH')).toBe(true);
  });

  it("G-PH3 does not hold with Philippine opinion at 5", () => {
    const g = openingGame();
    g.G.agendas.PH = card.id;
    g.G.alliances['A-SCSX']!.level = 3; g.G.actors.PH!.opinion = 5;
    expect(agendaHolds(g.G, 'PH')).toBe(false);
  });

  it("G-PH3 does not hold with the exercises only at level 1", () => {
    const g = openingGame();
    g.G.agendas.PH = card.id;
    g.G.alliances['A-SCSX']!.level = 1;
    expect(agendaHolds(g.G, 'PH')).toBe(false);
  });

  it("G-PH3 adds its 4 points to PH's final score when it holds, none when it does not", () => {
    const g = openingGame();
    g.G.agendas.PH = card.id;
    g.G.actors.PH!.nip = 3;
    expect(finalScore(g.G, 'PH')).toBe(3);
    g.G.alliances['A-SCSX']!.level = 2;
    expect(finalScore(g.G, 'PH')).toBe(3 + 4);
  });

  it("G-PH3: when the network wins, PH shares the win only while its agenda holds", () => {
    const g = openingGame();
    g.G.agendas.PH = card.id;
    expect(computeResult(g.G, 'network', 'final-order').winners).not.toContain('PH');
    g.G.alliances['A-SCSX']!.level = 2;
    expect(computeResult(g.G, 'network', 'final-order').winners).toContain('PH');
  });

  it("G-PH3 earns PH 1 national-interest point in each round's scoring while it holds (7.2)", () => {
    const g = openingGame();
    g.G.agendas.PH = card.id;
    g.G.alliances['A-SCSX']!.level = 2;
    const economyPoint = g.G.actors.PH!.economy >= 5 ? 1 : 0;
    scoreRound(g.G);
    expect(g.G.actors.PH!.nip).toBe(economyPoint + 1);
  });

  it("G-PH3 is one of PH's two standard agendas (with G-PH1): the first move deals PH one of them at random, G-PH3 in some games", () => {
    expect(card.kind).toBe('standard');
    expect(card.points).toBe(4);
    const dealt = new Set<string>();
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) {
      const { G } = startedGame({ seed });
      expect(RULES.agendas[G.agendas.PH!]).toMatchObject({ actor: 'PH', kind: 'standard' });
      dealt.add(G.agendas.PH!);
    }
    expect([...dealt].sort()).toEqual(['G-PH1', 'G-PH3']);
  });
});
