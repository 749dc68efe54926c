import { describe, expect, it } from 'vitest';
import { RULES, agendaHolds, finalScore } from '../../src/game';
import { computeResult } from '../../src/game/scoring';
import { startedGame } from '../helpers/builders';
import { agendaCard, openingGame } from '../helpers/cards';

const card = agendaCard('G-US1');

describe("G-US1 Keep the Spokes Turning", () => {
  it("G-US1 holds with order 2 and reliability 5", () => {
    const g = openingGame();
    g.G.agendas.US = card.id;
    g.G.tracks.order = 2; g.G.tracks.reliability = 5;
    expect(agendaHolds(g.G, 'US')).toBe(true);
  });

  it("G-US1 does not hold with order 1 and reliability 10", () => {
    const g = openingGame();
    g.G.agendas.US = card.id;
    g.G.tracks.order = 1; g.G.tracks.reliability = 10;
    expect(agendaHolds(g.G, 'US')).toBe(false);
  });

  it("G-US1 does not hold with order 10 and reliability 4", () => {
    const g = openingGame();
    g.G.agendas.US = card.id;
    g.G.tracks.order = 9; g.G.tracks.reliability = 4;
    expect(agendaHolds(g.G, 'US')).toBe(false);
  });

  it("G-US1 adds its 4 points to US's final score when it holds, none when it does not", () => {
    const g = openingGame();
    g.G.agendas.US = card.id;
    g.G.actors.US!.nip = 3;
    expect(finalScore(g.G, 'US')).toBe(3);
    g.G.tracks.order = 2; g.G.tracks.reliability = 5;
    expect(finalScore(g.G, 'US')).toBe(3 + 4);
  });

  it("G-US1: when the network wins, US shares the win only while its agenda holds", () => {
    const g = openingGame();
    g.G.agendas.US = card.id;
    expect(computeResult(g.G, 'network', 'final-order').winners).not.toContain('US');
    g.G.tracks.order = 2; g.G.tracks.reliability = 5;
    expect(computeResult(g.G, 'network', 'final-order').winners).toContain('US');
  });

  it("G-US1 is one of US's two standard agendas (with G-US2): the first move deals US one of them at random, G-US1 in some games", () => {
    expect(card.kind).toBe('standard');
    const dealt = new Set<string>();
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) {
      const { G } = startedGame({ seed });
      expect(RULES.agendas[G.agendas.US!]).toMatchObject({ actor: 'US', kind: 'standard' });
      dealt.add(G.agendas.US!);
    }
    expect([...dealt].sort()).toEqual(['G-US1', 'G-US2']);
  });
});
