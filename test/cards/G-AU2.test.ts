import { describe, expect, it } from 'vitest';
import { RULES, agendaHolds, finalScore } from '../../src/game';
import { computeResult, scoreRound } from '../../src/game/scoring';
import { resolveHomeFront } from '../../src/game/home-front';
import { agendaCard, openingGame } from '../helpers/cards';

const card = agendaCard('G-AU2');

describe("G-AU2 Trade Before Boats", () => {
  it("G-AU2 holds with China trade 7 and economy 6", () => {
    const g = openingGame();
    g.G.agendas.AU = card.id;
    g.G.actors.AU!.chinaTrade = 7; g.G.actors.AU!.economy = 6;
    expect(agendaHolds(g.G, 'AU')).toBe(true);
  });

  it("G-AU2 does not hold with China trade 6 and economy 7", () => {
    const g = openingGame();
    g.G.agendas.AU = card.id;
    g.G.actors.AU!.chinaTrade = 6;
    expect(agendaHolds(g.G, 'AU')).toBe(false);
  });

  it("G-AU2 does not hold with China trade 9 and economy 5", () => {
    const g = openingGame();
    g.G.agendas.AU = card.id;
    g.G.actors.AU!.chinaTrade = 9; g.G.actors.AU!.economy = 5;
    expect(agendaHolds(g.G, 'AU')).toBe(false);
  });

  it("G-AU2 adds its 3 points to AU's final score when it holds, none when it does not", () => {
    const g = openingGame();
    g.G.agendas.AU = card.id;
    g.G.actors.AU!.nip = 3;
    expect(finalScore(g.G, 'AU')).toBe(3);
    g.G.actors.AU!.chinaTrade = 7; g.G.actors.AU!.economy = 6;
    expect(finalScore(g.G, 'AU')).toBe(3 + 3);
  });

  it("G-AU2: when the network wins, AU shares the win only while its agenda holds", () => {
    const g = openingGame();
    g.G.agendas.AU = card.id;
    expect(computeResult(g.G, 'network', 'final-order').winners).not.toContain('AU');
    g.G.actors.AU!.chinaTrade = 7; g.G.actors.AU!.economy = 6;
    expect(computeResult(g.G, 'network', 'final-order').winners).toContain('AU');
  });

  it("G-AU2 earns AU 1 national-interest point in each round's scoring while it holds (7.2)", () => {
    const g = openingGame();
    g.G.agendas.AU = card.id;
    g.G.actors.AU!.chinaTrade = 7; g.G.actors.AU!.economy = 6;
    const economyPoint = g.G.actors.AU!.economy >= 5 ? 1 : 0;
    scoreRound(g.G);
    expect(g.G.actors.AU!.nip).toBe(economyPoint + 1);
  });

  it("G-AU2 is a hedging agenda: never dealt at the start, it replaces AU's agenda when AU's government changes at an election with opinion 3 or less (6.3)", () => {
    expect(card.kind).toBe('hedging');
    const g = openingGame();
    const standard = g.G.agendas.AU;
    expect(standard).not.toBe(card.id);
    expect(g.G.decks.agendaPool).toContain(card.id);
    g.G.round = RULES.actors.AU!.elections[0]!;
    g.G.actors.AU!.opinion = 3;
    resolveHomeFront(g.G, g.rng);
    expect(g.G.actors.AU!.aligned).toBe(false);
    expect(g.G.agendas.AU).toBe(card.id);
    expect(g.G.decks.agendaPool).toContain(standard);
    expect(g.G.decks.agendaPool).not.toContain(card.id);
  });

  it("G-AU2 is not dealt when AU's opinion at its election is 4", () => {
    const g = openingGame();
    g.G.round = RULES.actors.AU!.elections[0]!;
    g.G.actors.AU!.opinion = 4;
    resolveHomeFront(g.G, g.rng);
    expect(g.G.actors.AU!.aligned).toBe(true);
    expect(g.G.agendas.AU).not.toBe(card.id);
  });
});
