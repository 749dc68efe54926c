import { describe, expect, it } from 'vitest';
import { applyEffects } from '../../src/game/effects';
import { changed, headlinesWithRegional, openingGame, regionalCard } from '../helpers/cards';

const card = regionalCard('R-GOV1');

describe("R-GOV1 Upset in Manila", () => {
  it("R-GOV1 with Philippine opinion above 4 costs the Philippines opinion 1", () => {
    const g = openingGame();
    g.G.actors.PH!.opinion = 5;
    expect(changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }))).toEqual({ 'PH.opinion': [5, 4] });
  });

  it("R-GOV1 with Philippine opinion at 4 changes the government: no longer aligned, and the hedging agenda G-PH2 replaces G-PH1", () => {
    const g = openingGame();
    g.G.actors.PH!.opinion = 4;
    g.G.agendas.PH = 'G-PH1';
    g.G.decks.agendaPool = g.G.decks.agendaPool.filter((a) => a !== 'G-PH1');
    expect(changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }))).toEqual({
      'PH.aligned': [true, false],
      'agenda.PH': ['G-PH1', 'G-PH2'],
    });
    expect(g.G.decks.agendaPool).toContain('G-PH1');
    expect(g.G.decks.agendaPool).not.toContain('G-PH2');
  });

  it("R-GOV1 enters the regional deck only in round 3", () => {
    expect(card.from).toBe(3);
    const g = openingGame();
    expect(g.G.decks.regionalLater).toContain(card.id);
    expect(headlinesWithRegional(g, 2, { later: [card.id] })).toBeUndefined();
    expect(g.G.decks.regionalLater).toEqual([card.id]);
    expect(headlinesWithRegional(g, 3, { later: [card.id] })).toBe(card.id);
    expect(g.G.decks.regionalLater).toEqual([]);
  });

  it("R-GOV1 is not recurring: after it resolves at Headlines it goes to the regional discard", () => {
    expect(card.recurring).toBe(false);
    const g = openingGame();
    const others = ['R-NK1', 'R-UKR1', 'R-UKR2', 'R-TH1'].filter((c) => c !== card.id).slice(0, 2);
    expect(headlinesWithRegional(g, 3, { deck: [...others, card.id] })).toBe(card.id);
    expect(g.G.decks.regional).toEqual(others);
    expect(g.G.decks.regionalDiscard).toEqual([card.id]);
  });
});
