import { describe, expect, it } from 'vitest';
import { RULES, agendaHolds, finalScore } from '../../src/game';
import { startedGame } from '../helpers/builders';
import { agendaCard, openingGame } from '../helpers/cards';

const card = agendaCard('G-CN1');

describe("G-CN1 Wear Down the Hub", () => {
  it("G-CN1 holds with order −3 (reliability 6)", () => {
    const g = openingGame();
    g.G.agendas.CN = card.id;
    g.G.tracks.order = -3;
    expect(agendaHolds(g.G, 'CN')).toBe(true);
  });

  it("G-CN1 holds with reliability 3 (order 0)", () => {
    const g = openingGame();
    g.G.agendas.CN = card.id;
    g.G.tracks.reliability = 3;
    expect(agendaHolds(g.G, 'CN')).toBe(true);
  });

  it("G-CN1 does not hold with order −2 and reliability 4", () => {
    const g = openingGame();
    g.G.agendas.CN = card.id;
    g.G.tracks.order = -2; g.G.tracks.reliability = 4;
    expect(agendaHolds(g.G, 'CN')).toBe(false);
  });

  it("G-CN1 adds its 4 points to CN's final score when it holds, none when it does not", () => {
    const g = openingGame();
    g.G.agendas.CN = card.id;
    g.G.actors.CN!.nip = 3;
    expect(finalScore(g.G, 'CN')).toBe(3);
    g.G.tracks.order = -3;
    expect(finalScore(g.G, 'CN')).toBe(3 + 4);
  });

  it("G-CN1 is one of CN's two standard agendas (with G-CN2): the first move deals CN one of them at random, G-CN1 in some games", () => {
    expect(card.kind).toBe('standard');
    const dealt = new Set<string>();
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) {
      const { G } = startedGame({ seed });
      expect(RULES.agendas[G.agendas.CN!]).toMatchObject({ actor: 'CN', kind: 'standard' });
      dealt.add(G.agendas.CN!);
    }
    expect([...dealt].sort()).toEqual(['G-CN1', 'G-CN2']);
  });
});
