import { describe, expect, it } from 'vitest';
import { applyEffects } from '../../src/game/effects';
import { changed, headlinesWithRegional, openingGame, regionalCard } from '../helpers/cards';

const card = regionalCard('R-SCS1');

describe("R-SCS1 Collision at a Shoal", () => {
  it("R-SCS1 raises tension in SCS by 2", () => {
    const g = openingGame();
    expect(changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }))).toEqual({ 'tension.SCS': [5, 7] });
  });

  it("R-SCS1 raises Philippines opinion +1 too while the South China Sea exercises A-SCSX are in play", () => {
    const g = openingGame();
    g.G.alliances['A-SCSX']!.level = 1;
    expect(changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }))).toEqual({ 'tension.SCS': [5, 7], 'PH.opinion': [6, 7] });
  });

  it("R-SCS1 is in the regional deck from round 1", () => {
    expect(card.from).toBe(1);
    const g = openingGame();
    expect(g.G.decks.regionalLater).not.toContain(card.id);
    expect([...g.G.decks.regional, ...g.G.decks.regionalDiscard]).toContain(card.id);
  });

  it("R-SCS1 is not recurring: after it resolves at Headlines it goes to the regional discard", () => {
    expect(card.recurring).toBe(false);
    const g = openingGame();
    const others = ['R-NK1', 'R-UKR1', 'R-UKR2', 'R-TH1'].filter((c) => c !== card.id).slice(0, 2);
    expect(headlinesWithRegional(g, 1, { deck: [...others, card.id] })).toBe(card.id);
    expect(g.G.decks.regional).toEqual(others);
    expect(g.G.decks.regionalDiscard).toEqual([card.id]);
  });
});
