import { describe, expect, it } from 'vitest';
import { RULES, agendaHolds, finalScore } from '../../src/game';
import { computeResult, scoreRound } from '../../src/game/scoring';
import { startedGame } from '../helpers/builders';
import { agendaCard, openingGame } from '../helpers/cards';

const card = agendaCard('G-KR1');

describe("G-KR1 Troops or a Deterrent", () => {
  it("G-KR1 holds with 28,500 US troops in Korea", () => {
    const g = openingGame();
    g.G.agendas.KR = card.id;
    expect(agendaHolds(g.G, 'KR')).toBe(true);
  });

  it("G-KR1 does not hold with 24,000 troops and no deterrent", () => {
    const g = openingGame();
    g.G.agendas.KR = card.id;
    g.G.tracks.troops = 24_000;
    expect(agendaHolds(g.G, 'KR')).toBe(false);
  });

  it("G-KR1 holds with 24,000 troops and its own deterrent (nuclear flag)", () => {
    const g = openingGame();
    g.G.agendas.KR = card.id;
    g.G.tracks.troops = 24_000; g.G.actors.KR!.flags = ['nuclear'];
    expect(agendaHolds(g.G, 'KR')).toBe(true);
  });

  it("G-KR1 adds its 3 points to KR's final score when it holds, none when it does not", () => {
    const g = openingGame();
    g.G.agendas.KR = card.id;
    g.G.actors.KR!.nip = 3;
    g.G.tracks.troops = 24_000;
    expect(finalScore(g.G, 'KR')).toBe(3);
    g.G.tracks.troops = 28_500;
    expect(finalScore(g.G, 'KR')).toBe(3 + 3);
  });

  it("G-KR1: when the network wins, KR shares the win only while its agenda holds", () => {
    const g = openingGame();
    g.G.agendas.KR = card.id;
    g.G.tracks.troops = 24_000;
    expect(computeResult(g.G, 'network', 'final-order').winners).not.toContain('KR');
    g.G.tracks.troops = 28_500;
    expect(computeResult(g.G, 'network', 'final-order').winners).toContain('KR');
  });

  it("G-KR1 earns KR 1 national-interest point in each round's scoring while it holds (7.2)", () => {
    const g = openingGame();
    g.G.agendas.KR = card.id;
    const economyPoint = g.G.actors.KR!.economy >= 5 ? 1 : 0;
    scoreRound(g.G);
    expect(g.G.actors.KR!.nip).toBe(economyPoint + 1);
  });

  it("G-KR1 is one of KR's two standard agendas (with G-KR3): the first move deals KR one of them at random, G-KR1 in some games", () => {
    expect(card.kind).toBe('standard');
    const dealt = new Set<string>();
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) {
      const { G } = startedGame({ seed });
      expect(RULES.agendas[G.agendas.KR!]).toMatchObject({ actor: 'KR', kind: 'standard' });
      dealt.add(G.agendas.KR!);
    }
    expect([...dealt].sort()).toEqual(['G-KR1', 'G-KR3']);
  });
});
