import { describe, expect, it } from 'vitest';
import { RULES, agendaHolds, finalScore } from '../../src/game';
import { computeResult } from '../../src/game/scoring';
import { startedGame } from '../helpers/builders';
import { agendaCard, openingGame } from '../helpers/cards';

const card = agendaCard('G-US2');

describe("G-US2 Fair Shares", () => {
  it("G-US2 holds with Japan at 20 (2% of GDP) and Taiwan at 30 (its 3% target)", () => {
    const g = openingGame();
    g.G.agendas.US = card.id;
    g.G.actors.JP!.defence = 20; g.G.tracks.taiwanDefence = 30;
    expect(agendaHolds(g.G, 'US')).toBe(true);
  });

  it("G-US2 does not hold with Japan at 20 and Taiwan at 29", () => {
    const g = openingGame();
    g.G.agendas.US = card.id;
    g.G.actors.JP!.defence = 20; g.G.tracks.taiwanDefence = 29;
    expect(agendaHolds(g.G, 'US')).toBe(false);
  });

  it("G-US2 does not hold with Japan at 19 and Taiwan at 30", () => {
    const g = openingGame();
    g.G.agendas.US = card.id;
    g.G.actors.JP!.defence = 19; g.G.tracks.taiwanDefence = 30;
    expect(agendaHolds(g.G, 'US')).toBe(false);
  });

  it("G-US2 does not hold at the opening (Japan 16, Taiwan 25)", () => {
    const g = openingGame();
    g.G.agendas.US = card.id;
    
    expect(agendaHolds(g.G, 'US')).toBe(false);
  });

  it("G-US2 adds its 4 points to US's final score when it holds, none when it does not", () => {
    const g = openingGame();
    g.G.agendas.US = card.id;
    g.G.actors.US!.nip = 3;
    expect(finalScore(g.G, 'US')).toBe(3);
    g.G.actors.JP!.defence = 20; g.G.tracks.taiwanDefence = 30;
    expect(finalScore(g.G, 'US')).toBe(3 + 4);
  });

  it("G-US2: when the network wins, US shares the win only while its agenda holds", () => {
    const g = openingGame();
    g.G.agendas.US = card.id;
    expect(computeResult(g.G, 'network', 'final-order').winners).not.toContain('US');
    g.G.actors.JP!.defence = 20; g.G.tracks.taiwanDefence = 30;
    expect(computeResult(g.G, 'network', 'final-order').winners).toContain('US');
  });

  it("G-US2 is one of US's two standard agendas (with G-US1): the first move deals US one of them at random, G-US2 in some games", () => {
    expect(card.kind).toBe('standard');
    expect(card.points).toBe(4);
    const dealt = new Set<string>();
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) {
      const { G } = startedGame({ seed });
      expect(RULES.agendas[G.agendas.US!]).toMatchObject({ actor: 'US', kind: 'standard' });
      dealt.add(G.agendas.US!);
    }
    expect([...dealt].sort()).toEqual(['G-US1', 'G-US2']);
  });
});
