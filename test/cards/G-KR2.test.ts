import { describe, expect, it } from 'vitest';
import { RULES, agendaHolds, finalScore } from '../../src/game';
import { computeResult, scoreRound } from '../../src/game/scoring';
import { resolveHomeFront } from '../../src/game/home-front';
import { agendaCard, openingGame } from '../helpers/cards';

const card = agendaCard('G-KR2');

describe("G-KR2 Talks over Tripwires", () => {
  it("G-KR2 holds with China trade 7 and tension 4 in KOR", () => {
    const g = openingGame();
    g.G.agendas.KR = card.id;
    g.G.actors.KR!.chinaTrade = 7; g.G.tension.KOR = 4;
    expect(agendaHolds(g.G, 'KR')).toBe(true);
  });

  it("G-KR2 does not hold with China trade 7 and tension 5 in KOR", () => {
    const g = openingGame();
    g.G.agendas.KR = card.id;
    g.G.actors.KR!.chinaTrade = 7; g.G.tension.KOR = 5;
    expect(agendaHolds(g.G, 'KR')).toBe(false);
  });

  it("G-KR2 does not hold with China trade 6 and tension 0 in KOR", () => {
    const g = openingGame();
    g.G.agendas.KR = card.id;
    g.G.tension.KOR = 0;
    expect(agendaHolds(g.G, 'KR')).toBe(false);
  });

  it("G-KR2 adds its 3 points to KR's final score when it holds, none when it does not", () => {
    const g = openingGame();
    g.G.agendas.KR = card.id;
    g.G.actors.KR!.nip = 3;
    expect(finalScore(g.G, 'KR')).toBe(3);
    g.G.actors.KR!.chinaTrade = 7; g.G.tension.KOR = 4;
    expect(finalScore(g.G, 'KR')).toBe(3 + 3);
  });

  it("G-KR2: when the network wins, KR shares the win only while its agenda holds", () => {
    const g = openingGame();
    g.G.agendas.KR = card.id;
    expect(computeResult(g.G, 'network', 'final-order').winners).not.toContain('KR');
    g.G.actors.KR!.chinaTrade = 7; g.G.tension.KOR = 4;
    expect(computeResult(g.G, 'network', 'final-order').winners).toContain('KR');
  });

  it("G-KR2 earns KR 1 national-interest point in each round's scoring while it holds (7.2)", () => {
    const g = openingGame();
    g.G.agendas.KR = card.id;
    g.G.actors.KR!.chinaTrade = 7; g.G.tension.KOR = 4;
    const economyPoint = g.G.actors.KR!.economy >= 5 ? 1 : 0;
    scoreRound(g.G);
    expect(g.G.actors.KR!.nip).toBe(economyPoint + 1);
  });

  it("G-KR2 is a hedging agenda: never dealt at the start, it replaces KR's agenda when KR's government changes at an election with opinion 3 or less (6.3)", () => {
    expect(card.kind).toBe('hedging');
    const g = openingGame();
    const standard = g.G.agendas.KR;
    expect(standard).not.toBe(card.id);
    expect(g.G.decks.agendaPool).toContain(card.id);
    g.G.round = RULES.actors.KR!.elections[0]!;
    g.G.actors.KR!.opinion = 3;
    resolveHomeFront(g.G, g.rng);
    expect(g.G.actors.KR!.aligned).toBe(false);
    expect(g.G.agendas.KR).toBe(card.id);
    expect(g.G.decks.agendaPool).toContain(standard);
    expect(g.G.decks.agendaPool).not.toContain(card.id);
  });

  it("G-KR2 is not dealt when KR's opinion at its election is 4", () => {
    const g = openingGame();
    g.G.round = RULES.actors.KR!.elections[0]!;
    g.G.actors.KR!.opinion = 4;
    resolveHomeFront(g.G, g.rng);
    expect(g.G.actors.KR!.aligned).toBe(true);
    expect(g.G.agendas.KR).not.toBe(card.id);
  });
});
