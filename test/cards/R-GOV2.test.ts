import { describe, expect, it } from 'vitest';
import { applyEffects } from '../../src/game/effects';
import { changed, headlinesWithRegional, openingGame, regionalCard } from '../helpers/cards';

const card = regionalCard('R-GOV2');

describe("R-GOV2 New Mood in Seoul", () => {
  it("R-GOV2 with South Korean opinion above 4 costs South Korea opinion 1", () => {
    const g = openingGame();
    g.G.actors.KR!.opinion = 5;
    expect(changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }))).toEqual({ 'KR.opinion': [5, 4] });
  });

  it("R-GOV2 with South Korean opinion at 4 changes the government: no longer aligned, and the hedging agenda G-KR2 replaces G-KR1", () => {
    const g = openingGame();
    g.G.actors.KR!.opinion = 4;
    g.G.agendas.KR = 'G-KR1';
    g.G.decks.agendaPool = g.G.decks.agendaPool.filter((a) => a !== 'G-KR1');
    expect(changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }))).toEqual({
      'KR.aligned': [true, false],
      'agenda.KR': ['G-KR1', 'G-KR2'],
    });
  });

  it("R-GOV2 enters the regional deck only in round 4", () => {
    expect(card.from).toBe(4);
    const g = openingGame();
    expect(g.G.decks.regionalLater).toContain(card.id);
    expect(headlinesWithRegional(g, 3, { later: [card.id] })).toBeUndefined();
    expect(g.G.decks.regionalLater).toEqual([card.id]);
    expect(headlinesWithRegional(g, 4, { later: [card.id] })).toBe(card.id);
    expect(g.G.decks.regionalLater).toEqual([]);
  });

  it("R-GOV2 is not recurring: after it resolves at Headlines it goes to the regional discard", () => {
    expect(card.recurring).toBe(false);
    const g = openingGame();
    const others = ['R-NK1', 'R-UKR1', 'R-UKR2', 'R-TH1'].filter((c) => c !== card.id).slice(0, 2);
    expect(headlinesWithRegional(g, 4, { deck: [...others, card.id] })).toBe(card.id);
    expect(g.G.decks.regional).toEqual(others);
    expect(g.G.decks.regionalDiscard).toEqual([card.id]);
  });
});
