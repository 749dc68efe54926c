import { describe, expect, it } from 'vitest';
import { applyEffects } from '../../src/game/effects';
import { changed, headlinesWithRegional, openingGame, regionalCard, regionalDrawn } from '../helpers/cards';

const card = regionalCard('R-UKR2');

describe("R-UKR2 Ukraine Holds the Line", () => {
  it("R-UKR2 moves the Ukraine signal −1", () => {
    const g = openingGame();
    expect(changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }))).toEqual({ ukraine: [2, 1] });
  });

  it("R-UKR2 taking the Ukraine signal from 4 to 3 spares the Taiwan Strait that Headlines", () => {
    const g = openingGame();
    g.G.tracks.ukraine = 4;
    expect(changed(g.G, () => regionalDrawn(g, card.id))).toEqual({ ukraine: [4, 3] });
  });

  it("R-UKR2 is in the regional deck from round 1", () => {
    expect(card.from).toBe(1);
    const g = openingGame();
    expect(g.G.decks.regionalLater).not.toContain(card.id);
    expect([...g.G.decks.regional, ...g.G.decks.regionalDiscard]).toContain(card.id);
  });

  it("R-UKR2 is not recurring: after it resolves at Headlines it goes to the regional discard", () => {
    expect(card.recurring).toBe(false);
    const g = openingGame();
    const others = ['R-NK1', 'R-UKR1', 'R-UKR2', 'R-TH1'].filter((c) => c !== card.id).slice(0, 2);
    expect(headlinesWithRegional(g, 1, { deck: [...others, card.id] })).toBe(card.id);
    expect(g.G.decks.regional).toEqual(others);
    expect(g.G.decks.regionalDiscard).toEqual([card.id]);
  });
});
