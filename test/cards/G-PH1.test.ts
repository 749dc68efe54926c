import { describe, expect, it } from 'vitest';
import { RULES, agendaHolds, finalScore } from '../../src/game';
import { computeResult, scoreRound } from '../../src/game/scoring';
import { startedGame } from '../helpers/builders';
import { agendaCard, openingGame } from '../helpers/cards';

const card = agendaCard('G-PH1');

describe("G-PH1 Hold the Shoals", () => {
  it("G-PH1 holds with tension 5 in SCS and A-USJPPH at level 2", () => {
    const g = openingGame();
    g.G.agendas.PH = card.id;
    g.G.tension.SCS = 5; g.G.alliances['A-USJPPH']!.level = 2;
    expect(agendaHolds(g.G, 'PH')).toBe(true);
  });

  it("G-PH1 does not hold with tension 6 in SCS and A-USJPPH at level 3", () => {
    const g = openingGame();
    g.G.agendas.PH = card.id;
    g.G.tension.SCS = 6; g.G.alliances['A-USJPPH']!.level = 3;
    expect(agendaHolds(g.G, 'PH')).toBe(false);
  });

  it("G-PH1 does not hold with tension 2 in SCS but A-USJPPH at level 1", () => {
    const g = openingGame();
    g.G.agendas.PH = card.id;
    g.G.tension.SCS = 2; g.G.alliances['A-USJPPH']!.level = 1;
    expect(agendaHolds(g.G, 'PH')).toBe(false);
  });

  it("G-PH1 adds its 4 points to PH's final score when it holds, none when it does not", () => {
    const g = openingGame();
    g.G.agendas.PH = card.id;
    g.G.actors.PH!.nip = 3;
    expect(finalScore(g.G, 'PH')).toBe(3);
    g.G.tension.SCS = 5; g.G.alliances['A-USJPPH']!.level = 2;
    expect(finalScore(g.G, 'PH')).toBe(3 + 4);
  });

  it("G-PH1: when the network wins, PH shares the win only while its agenda holds", () => {
    const g = openingGame();
    g.G.agendas.PH = card.id;
    expect(computeResult(g.G, 'network', 'final-order').winners).not.toContain('PH');
    g.G.tension.SCS = 5; g.G.alliances['A-USJPPH']!.level = 2;
    expect(computeResult(g.G, 'network', 'final-order').winners).toContain('PH');
  });

  it("G-PH1 earns PH 1 national-interest point in each round's scoring while it holds (7.2)", () => {
    const g = openingGame();
    g.G.agendas.PH = card.id;
    g.G.tension.SCS = 5; g.G.alliances['A-USJPPH']!.level = 2;
    const economyPoint = g.G.actors.PH!.economy >= 5 ? 1 : 0;
    scoreRound(g.G);
    expect(g.G.actors.PH!.nip).toBe(economyPoint + 1);
  });

  it("G-PH1 is one of PH's two standard agendas (with G-PH3): the first move deals PH one of them at random, G-PH1 in some games", () => {
    expect(card.kind).toBe('standard');
    const dealt = new Set<string>();
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) {
      const { G } = startedGame({ seed });
      expect(RULES.agendas[G.agendas.PH!]).toMatchObject({ actor: 'PH', kind: 'standard' });
      dealt.add(G.agendas.PH!);
    }
    expect([...dealt].sort()).toEqual(['G-PH1', 'G-PH3']);
  });
});
