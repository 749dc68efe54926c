import { describe, expect, it } from 'vitest';
import { RULES, agendaHolds, finalScore } from '../../src/game';
import { computeResult, scoreRound } from '../../src/game/scoring';
import { startedGame } from '../helpers/builders';
import { agendaCard, openingGame } from '../helpers/cards';

const card = agendaCard('G-AU1');

describe("G-AU1 Boats in the Water", () => {
  it("G-AU1 holds with AUKUS at level 3 and the submarines not refused", () => {
    const g = openingGame();
    g.G.agendas.AU = card.id;
    g.G.alliances['A-AUKUS']!.level = 3;
    expect(agendaHolds(g.G, 'AU')).toBe(true);
  });

  it("G-AU1 does not hold with AUKUS at level 2", () => {
    const g = openingGame();
    g.G.agendas.AU = card.id;
    g.G.alliances['A-AUKUS']!.level = 2;
    expect(agendaHolds(g.G, 'AU')).toBe(false);
  });

  it("G-AU1 does not hold with AUKUS at level 3 but the submarines refused", () => {
    const g = openingGame();
    g.G.agendas.AU = card.id;
    g.G.alliances['A-AUKUS']!.level = 3; g.G.actors.AU!.flags = ['subsRefused'];
    expect(agendaHolds(g.G, 'AU')).toBe(false);
  });

  it("G-AU1 adds its 5 points to AU's final score when it holds, none when it does not", () => {
    const g = openingGame();
    g.G.agendas.AU = card.id;
    g.G.actors.AU!.nip = 3;
    expect(finalScore(g.G, 'AU')).toBe(3);
    g.G.alliances['A-AUKUS']!.level = 3;
    expect(finalScore(g.G, 'AU')).toBe(3 + 5);
  });

  it("G-AU1: when the network wins, AU shares the win only while its agenda holds", () => {
    const g = openingGame();
    g.G.agendas.AU = card.id;
    expect(computeResult(g.G, 'network', 'final-order').winners).not.toContain('AU');
    g.G.alliances['A-AUKUS']!.level = 3;
    expect(computeResult(g.G, 'network', 'final-order').winners).toContain('AU');
  });

  it("G-AU1 earns AU 1 national-interest point in each round's scoring while it holds (7.2)", () => {
    const g = openingGame();
    g.G.agendas.AU = card.id;
    g.G.alliances['A-AUKUS']!.level = 3;
    const economyPoint = g.G.actors.AU!.economy >= 5 ? 1 : 0;
    scoreRound(g.G);
    expect(g.G.actors.AU!.nip).toBe(economyPoint + 1);
  });

  it("G-AU1 is one of AU's two standard agendas (with G-AU3): the first move deals AU one of them at random, G-AU1 in some games", () => {
    expect(card.kind).toBe('standard');
    const dealt = new Set<string>();
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) {
      const { G } = startedGame({ seed });
      expect(RULES.agendas[G.agendas.AU!]).toMatchObject({ actor: 'AU', kind: 'standard' });
      dealt.add(G.agendas.AU!);
    }
    expect([...dealt].sort()).toEqual(['G-AU1', 'G-AU3']);
  });
});
