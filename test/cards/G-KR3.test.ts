import { describe, expect, it } from 'vitest';
import { RULES, agendaHolds, finalScore } from '../../src/game';
import { computeResult, scoreRound } from '../../src/game/scoring';
import { startedGame } from '../helpers/builders';
import { agendaCard, openingGame } from '../helpers/cards';

const card = agendaCard('G-KR3');

describe("G-KR3 Seen by Every Radar", () => {
  it("G-KR3 holds with the trilateral and the missile-warning link both at level 2", () => {
    const g = openingGame();
    g.G.agendas.KR = card.id;
    g.G.alliances['A-USJPKR']!.level = 2; g.G.alliances['A-MWD']!.level = 2;
    expect(agendaHolds(g.G, 'KR')).toBe(true);
  });

  it("G-KR3 does not hold with the missile-warning link only at level 1", () => {
    const g = openingGame();
    g.G.agendas.KR = card.id;
    g.G.alliances['A-USJPKR']!.level = 3; g.G.alliances['A-MWD']!.level = 1;
    expect(agendaHolds(g.G, 'KR')).toBe(false);
  });

  it("G-KR3 does not hold while the trilateral is suspended (halted exercises)", () => {
    const g = openingGame();
    g.G.agendas.KR = card.id;
    g.G.alliances['A-USJPKR']!.level = 2; g.G.alliances['A-MWD']!.level = 2; g.G.alliances['A-USJPKR']!.suspended = 1;
    expect(agendaHolds(g.G, 'KR')).toBe(false);
  });

  it("G-KR3 adds its 4 points to KR's final score when it holds, none when it does not", () => {
    const g = openingGame();
    g.G.agendas.KR = card.id;
    g.G.actors.KR!.nip = 3;
    expect(finalScore(g.G, 'KR')).toBe(3);
    g.G.alliances['A-USJPKR']!.level = 2; g.G.alliances['A-MWD']!.level = 2;
    expect(finalScore(g.G, 'KR')).toBe(3 + 4);
  });

  it("G-KR3: when the network wins, KR shares the win only while its agenda holds", () => {
    const g = openingGame();
    g.G.agendas.KR = card.id;
    expect(computeResult(g.G, 'network', 'final-order').winners).not.toContain('KR');
    g.G.alliances['A-USJPKR']!.level = 2; g.G.alliances['A-MWD']!.level = 2;
    expect(computeResult(g.G, 'network', 'final-order').winners).toContain('KR');
  });

  it("G-KR3 earns KR 1 national-interest point in each round's scoring while it holds (7.2)", () => {
    const g = openingGame();
    g.G.agendas.KR = card.id;
    g.G.alliances['A-USJPKR']!.level = 2; g.G.alliances['A-MWD']!.level = 2;
    const economyPoint = g.G.actors.KR!.economy >= 5 ? 1 : 0;
    scoreRound(g.G);
    expect(g.G.actors.KR!.nip).toBe(economyPoint + 1);
  });

  it("G-KR3 is one of KR's two standard agendas (with G-KR1): the first move deals KR one of them at random, G-KR3 in some games", () => {
    expect(card.kind).toBe('standard');
    expect(card.points).toBe(4);
    const dealt = new Set<string>();
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) {
      const { G } = startedGame({ seed });
      expect(RULES.agendas[G.agendas.KR!]).toMatchObject({ actor: 'KR', kind: 'standard' });
      dealt.add(G.agendas.KR!);
    }
    expect([...dealt].sort()).toEqual(['G-KR1', 'G-KR3']);
  });
});
