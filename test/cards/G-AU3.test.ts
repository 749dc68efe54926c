import { describe, expect, it } from 'vitest';
import { RULES, agendaHolds, finalScore } from '../../src/game';
import { computeResult, scoreRound } from '../../src/game/scoring';
import { startedGame } from '../helpers/builders';
import { agendaCard, openingGame } from '../helpers/cards';

const card = agendaCard('G-AU3');

describe("G-AU3 A Shield to the North", () => {
  it("G-AU3 holds with the air-defence initiative at level 2 and the access link with Japan at level 1", () => {
    const g = openingGame();
    g.G.agendas.AU = card.id;
    g.G.alliances['A-IAMD']!.level = 2; g.G.alliances['A-JPAU']!.level = 1;
    expect(agendaHolds(g.G, 'AU')).toBe(true);
  });

  it("G-AU3 does not hold without the access link with Japan", () => {
    const g = openingGame();
    g.G.agendas.AU = card.id;
    g.G.alliances['A-IAMD']!.level = 3;
    expect(agendaHolds(g.G, 'AU')).toBe(false);
  });

  it("G-AU3 does not hold with the air-defence initiative only at level 1", () => {
    const g = openingGame();
    g.G.agendas.AU = card.id;
    g.G.alliances['A-IAMD']!.level = 1; g.G.alliances['A-JPAU']!.level = 2;
    expect(agendaHolds(g.G, 'AU')).toBe(false);
  });

  it("G-AU3 adds its 4 points to AU's final score when it holds, none when it does not", () => {
    const g = openingGame();
    g.G.agendas.AU = card.id;
    g.G.actors.AU!.nip = 3;
    expect(finalScore(g.G, 'AU')).toBe(3);
    g.G.alliances['A-IAMD']!.level = 2; g.G.alliances['A-JPAU']!.level = 1;
    expect(finalScore(g.G, 'AU')).toBe(3 + 4);
  });

  it("G-AU3: when the network wins, AU shares the win only while its agenda holds", () => {
    const g = openingGame();
    g.G.agendas.AU = card.id;
    expect(computeResult(g.G, 'network', 'final-order').winners).not.toContain('AU');
    g.G.alliances['A-IAMD']!.level = 2; g.G.alliances['A-JPAU']!.level = 1;
    expect(computeResult(g.G, 'network', 'final-order').winners).toContain('AU');
  });

  it("G-AU3 earns AU 1 national-interest point in each round's scoring while it holds (7.2)", () => {
    const g = openingGame();
    g.G.agendas.AU = card.id;
    g.G.alliances['A-IAMD']!.level = 2; g.G.alliances['A-JPAU']!.level = 1;
    const economyPoint = g.G.actors.AU!.economy >= 5 ? 1 : 0;
    scoreRound(g.G);
    expect(g.G.actors.AU!.nip).toBe(economyPoint + 1);
  });

  it("G-AU3 is one of AU's two standard agendas (with G-AU1): the first move deals AU one of them at random, G-AU3 in some games", () => {
    expect(card.kind).toBe('standard');
    expect(card.points).toBe(4);
    const dealt = new Set<string>();
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) {
      const { G } = startedGame({ seed });
      expect(RULES.agendas[G.agendas.AU!]).toMatchObject({ actor: 'AU', kind: 'standard' });
      dealt.add(G.agendas.AU!);
    }
    expect([...dealt].sort()).toEqual(['G-AU1', 'G-AU3']);
  });
});
