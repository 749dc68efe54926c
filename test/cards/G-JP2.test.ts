import { describe, expect, it } from 'vitest';
import { RULES, agendaHolds, finalScore } from '../../src/game';
import { computeResult, scoreRound } from '../../src/game/scoring';
import { resolveHomeFront } from '../../src/game/home-front';
import { agendaCard, openingGame } from '../helpers/cards';

const card = agendaCard('G-JP2');

describe("G-JP2 Business with Beijing", () => {
  it("G-JP2 holds with China trade 7 and economy 6", () => {
    const g = openingGame();
    g.G.agendas.JP = card.id;
    g.G.actors.JP!.chinaTrade = 7; g.G.actors.JP!.economy = 6;
    expect(agendaHolds(g.G, 'JP')).toBe(true);
  });

  it("G-JP2 does not hold with China trade 6 and economy 10", () => {
    const g = openingGame();
    g.G.agendas.JP = card.id;
    g.G.actors.JP!.economy = 10;
    expect(agendaHolds(g.G, 'JP')).toBe(false);
  });

  it("G-JP2 does not hold with China trade 7 and economy 5", () => {
    const g = openingGame();
    g.G.agendas.JP = card.id;
    g.G.actors.JP!.chinaTrade = 7; g.G.actors.JP!.economy = 5;
    expect(agendaHolds(g.G, 'JP')).toBe(false);
  });

  it("G-JP2 adds its 3 points to JP's final score when it holds, none when it does not", () => {
    const g = openingGame();
    g.G.agendas.JP = card.id;
    g.G.actors.JP!.nip = 3;
    expect(finalScore(g.G, 'JP')).toBe(3);
    g.G.actors.JP!.chinaTrade = 7; g.G.actors.JP!.economy = 6;
    expect(finalScore(g.G, 'JP')).toBe(3 + 3);
  });

  it("G-JP2: when the network wins, JP shares the win only while its agenda holds", () => {
    const g = openingGame();
    g.G.agendas.JP = card.id;
    expect(computeResult(g.G, 'network', 'final-order').winners).not.toContain('JP');
    g.G.actors.JP!.chinaTrade = 7; g.G.actors.JP!.economy = 6;
    expect(computeResult(g.G, 'network', 'final-order').winners).toContain('JP');
  });

  it("G-JP2 earns JP 1 national-interest point in each round's scoring while it holds (7.2)", () => {
    const g = openingGame();
    g.G.agendas.JP = card.id;
    g.G.actors.JP!.chinaTrade = 7; g.G.actors.JP!.economy = 6;
    const economyPoint = g.G.actors.JP!.economy >= 5 ? 1 : 0;
    scoreRound(g.G);
    expect(g.G.actors.JP!.nip).toBe(economyPoint + 1);
  });

  it("G-JP2 is a hedging agenda: never dealt at the start, it replaces JP's agenda when JP's government changes at an election with opinion 3 or less (6.3)", () => {
    expect(card.kind).toBe('hedging');
    const g = openingGame();
    const standard = g.G.agendas.JP;
    expect(standard).not.toBe(card.id);
    expect(g.G.decks.agendaPool).toContain(card.id);
    g.G.round = RULES.actors.JP!.elections[0]!;
    g.G.actors.JP!.opinion = 3;
    resolveHomeFront(g.G, g.rng);
    expect(g.G.actors.JP!.aligned).toBe(false);
    expect(g.G.agendas.JP).toBe(card.id);
    expect(g.G.decks.agendaPool).toContain(standard);
    expect(g.G.decks.agendaPool).not.toContain(card.id);
  });

  it("G-JP2 is not dealt when JP's opinion at its election is 4", () => {
    const g = openingGame();
    g.G.round = RULES.actors.JP!.elections[0]!;
    g.G.actors.JP!.opinion = 4;
    resolveHomeFront(g.G, g.rng);
    expect(g.G.actors.JP!.aligned).toBe(true);
    expect(g.G.agendas.JP).not.toBe(card.id);
  });
});
