import { describe, expect, it } from 'vitest';
import { applyEffects } from '../../src/game/effects';
import { changed, headlinesWithRegional, openingGame, regionalCard } from '../helpers/cards';

const card = regionalCard('R-TH1');

describe("R-TH1 Bangkok Looks Both Ways", () => {
  it("R-TH1 raises Thailand's China trade +1 and tension in SEA +1", () => {
    const g = openingGame();
    expect(changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }))).toEqual({ 'TH.chinaTrade': [6, 7], 'tension.SEA': [2, 3] });
  });

  it("R-TH1 is in the regional deck from round 1", () => {
    expect(card.from).toBe(1);
    const g = openingGame();
    expect(g.G.decks.regionalLater).not.toContain(card.id);
    expect([...g.G.decks.regional, ...g.G.decks.regionalDiscard]).toContain(card.id);
  });

  it("R-TH1 is not recurring: after it resolves at Headlines it goes to the regional discard", () => {
    expect(card.recurring).toBe(false);
    const g = openingGame();
    const others = ['R-NK1', 'R-UKR1', 'R-UKR2', 'R-TH1'].filter((c) => c !== card.id).slice(0, 2);
    expect(headlinesWithRegional(g, 1, { deck: [...others, card.id] })).toBe(card.id);
    expect(g.G.decks.regional).toEqual(others);
    expect(g.G.decks.regionalDiscard).toEqual([card.id]);
  });
});
