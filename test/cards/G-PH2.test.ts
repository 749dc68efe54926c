import { describe, expect, it } from 'vitest';
import { RULES, agendaHolds, finalScore } from '../../src/game';
import { computeResult, scoreRound } from '../../src/game/scoring';
import { resolveHomeFront } from '../../src/game/home-front';
import { agendaCard, openingGame } from '../helpers/cards';

const card = agendaCard('G-PH2');

describe("G-PH2 An Independent Course", () => {
  it("G-PH2 holds with China trade 7 and tension 4 in SCS", () => {
    const g = openingGame();
    g.G.agendas.PH = card.id;
    g.G.actors.PH!.chinaTrade = 7; g.G.tension.SCS = 4;
    expect(agendaHolds(g.G, 'PH')).toBe(true);
  });

  it("G-PH2 does not hold with China trade 7 and tension 5 in SCS", () => {
    const g = openingGame();
    g.G.agendas.PH = card.id;
    g.G.actors.PH!.chinaTrade = 7;
    expect(agendaHolds(g.G, 'PH')).toBe(false);
  });

  it("G-PH2 does not hold with China trade 6 and tension 0 in SCS", () => {
    const g = openingGame();
    g.G.agendas.PH = card.id;
    g.G.actors.PH!.chinaTrade = 6; g.G.tension.SCS = 0;
    expect(agendaHolds(g.G, 'PH')).toBe(false);
  });

  it("G-PH2 adds its 3 points to PH's final score when it holds, none when it does not", () => {
    const g = openingGame();
    g.G.agendas.PH = card.id;
    g.G.actors.PH!.nip = 3;
    expect(finalScore(g.G, 'PH')).toBe(3);
    g.G.actors.PH!.chinaTrade = 7; g.G.tension.SCS = 4;
    expect(finalScore(g.G, 'PH')).toBe(3 + 3);
  });

  it("G-PH2: when the network wins, PH shares the win only while its agenda holds", () => {
    const g = openingGame();
    g.G.agendas.PH = card.id;
    expect(computeResult(g.G, 'network', 'final-order').winners).not.toContain('PH');
    g.G.actors.PH!.chinaTrade = 7; g.G.tension.SCS = 4;
    expect(computeResult(g.G, 'network', 'final-order').winners).toContain('PH');
  });

  it("G-PH2 earns PH 1 national-interest point in each round's scoring while it holds (7.2)", () => {
    const g = openingGame();
    g.G.agendas.PH = card.id;
    g.G.actors.PH!.chinaTrade = 7; g.G.tension.SCS = 4;
    const economyPoint = g.G.actors.PH!.economy >= 5 ? 1 : 0;
    scoreRound(g.G);
    expect(g.G.actors.PH!.nip).toBe(economyPoint + 1);
  });

  it("G-PH2 is a hedging agenda: never dealt at the start, it replaces PH's agenda when PH's government changes at an election with opinion 3 or less (6.3)", () => {
    expect(card.kind).toBe('hedging');
    const g = openingGame();
    const standard = g.G.agendas.PH;
    expect(standard).not.toBe(card.id);
    expect(g.G.decks.agendaPool).toContain(card.id);
    g.G.round = RULES.actors.PH!.elections[0]!;
    g.G.actors.PH!.opinion = 3;
    resolveHomeFront(g.G, g.rng);
    expect(g.G.actors.PH!.aligned).toBe(false);
    expect(g.G.agendas.PH).toBe(card.id);
    expect(g.G.decks.agendaPool).toContain(standard);
    expect(g.G.decks.agendaPool).not.toContain(card.id);
  });

  it("G-PH2 is not dealt when PH's opinion at its election is 4", () => {
    const g = openingGame();
    g.G.round = RULES.actors.PH!.elections[0]!;
    g.G.actors.PH!.opinion = 4;
    resolveHomeFront(g.G, g.rng);
    expect(g.G.actors.PH!.aligned).toBe(true);
    expect(g.G.agendas.PH).not.toBe(card.id);
  });
});
