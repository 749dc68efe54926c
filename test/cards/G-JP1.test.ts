import { describe, expect, it } from 'vitest';
import { RULES, agendaHolds, finalScore } from '../../src/game';
import { computeResult, scoreRound } from '../../src/game/scoring';
import { startedGame } from '../helpers/builders';
import { agendaCard, openingGame } from '../helpers/cards';

const card = agendaCard('G-JP1');

describe("G-JP1 Two Percent by 2027", () => {
  it("G-JP1 holds with Japan's defence at 20 (2.0%)", () => {
    const g = openingGame();
    g.G.agendas.JP = card.id;
    g.G.actors.JP!.defence = 20;
    expect(agendaHolds(g.G, 'JP')).toBe(true);
  });

  it("G-JP1 does not hold with Japan's defence at 19", () => {
    const g = openingGame();
    g.G.agendas.JP = card.id;
    g.G.actors.JP!.defence = 19;
    expect(agendaHolds(g.G, 'JP')).toBe(false);
  });

  it("G-JP1 does not hold with the opening defence of 16", () => {
    const g = openingGame();
    g.G.agendas.JP = card.id;
    expect(agendaHolds(g.G, 'JP')).toBe(false);
  });

  it("G-JP1 adds its 4 points to JP's final score when it holds, none when it does not", () => {
    const g = openingGame();
    g.G.agendas.JP = card.id;
    g.G.actors.JP!.nip = 3;
    expect(finalScore(g.G, 'JP')).toBe(3);
    g.G.actors.JP!.defence = 20;
    expect(finalScore(g.G, 'JP')).toBe(3 + 4);
  });

  it("G-JP1: when the network wins, JP shares the win only while its agenda holds", () => {
    const g = openingGame();
    g.G.agendas.JP = card.id;
    expect(computeResult(g.G, 'network', 'final-order').winners).not.toContain('JP');
    g.G.actors.JP!.defence = 20;
    expect(computeResult(g.G, 'network', 'final-order').winners).toContain('JP');
  });

  it("G-JP1 earns JP 1 national-interest point in each round's scoring while it holds (7.2)", () => {
    const g = openingGame();
    g.G.agendas.JP = card.id;
    g.G.actors.JP!.defence = 20;
    const economyPoint = g.G.actors.JP!.economy >= 5 ? 1 : 0;
    scoreRound(g.G);
    expect(g.G.actors.JP!.nip).toBe(economyPoint + 1);
  });

  it("G-JP1 is one of JP's two standard agendas (with G-JP3): the first move deals JP one of them at random, G-JP1 in some games", () => {
    expect(card.kind).toBe('standard');
    const dealt = new Set<string>();
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) {
      const { G } = startedGame({ seed });
      expect(RULES.agendas[G.agendas.JP!]).toMatchObject({ actor: 'JP', kind: 'standard' });
      dealt.add(G.agendas.JP!);
    }
    expect([...dealt].sort()).toEqual(['G-JP1', 'G-JP3']);
  });
});
