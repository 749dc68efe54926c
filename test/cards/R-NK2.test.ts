import { describe, expect, it } from 'vitest';
import { applyEffects } from '../../src/game/effects';
import { changed, headlinesWithRegional, openingGame, regionalCard } from '../helpers/cards';

const card = regionalCard('R-NK2');

describe("R-NK2 North Korean Missile Salvo", () => {
  it("R-NK2 raises tension in KOR +1 (no order while A-MWD is unbuilt)", () => {
    const g = openingGame();
    expect(changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }))).toEqual({ 'tension.KOR': [4, 5] });
  });

  it("R-NK2 moves order +1 too while the missile-warning link A-MWD is at level 1 or more", () => {
    const g = openingGame();
    g.G.alliances['A-MWD']!.level = 1;
    expect(changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }))).toEqual({ 'tension.KOR': [4, 5], order: [0, 1] });
  });

  it("R-NK2 enters the regional deck only in round 4", () => {
    expect(card.from).toBe(4);
    const g = openingGame();
    expect(g.G.decks.regionalLater).toContain(card.id);
    expect(headlinesWithRegional(g, 3, { later: [card.id] })).toBeUndefined();
    expect(g.G.decks.regionalLater).toEqual([card.id]);
    expect(headlinesWithRegional(g, 4, { later: [card.id] })).toBe(card.id);
    expect(g.G.decks.regionalLater).toEqual([]);
  });

  it("R-NK2 is recurring: after it resolves at Headlines it is shuffled back into the regional deck", () => {
    expect(card.recurring).toBe(true);
    const g = openingGame();
    expect(headlinesWithRegional(g, 4, { deck: ['R-UKR1', 'R-UKR2', card.id] })).toBe(card.id);
    expect(g.G.decks.regional).toContain(card.id);
    expect(g.G.decks.regional).toHaveLength(3);
    expect(g.G.decks.regionalDiscard).not.toContain(card.id);
  });
});
