import { describe, expect, it } from 'vitest';
import { applyEffects } from '../../src/game/effects';
import { changed, headlinesWithRegional, openingGame, regionalCard } from '../helpers/cards';

const card = regionalCard('R-NK1');

describe("R-NK1 North Korean Missile Launch", () => {
  it("R-NK1 raises tension in KOR +1 (no order while A-MWD is unbuilt)", () => {
    const g = openingGame();
    expect(changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }))).toEqual({ 'tension.KOR': [4, 5] });
  });

  it("R-NK1 moves order +1 too while the missile-warning link A-MWD is at level 1 or more", () => {
    const g = openingGame();
    g.G.alliances['A-MWD']!.level = 1;
    expect(changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }))).toEqual({ 'tension.KOR': [4, 5], order: [0, 1] });
  });

  it("R-NK1 is in the regional deck from round 1", () => {
    expect(card.from).toBe(1);
    const g = openingGame();
    expect(g.G.decks.regionalLater).not.toContain(card.id);
    expect([...g.G.decks.regional, ...g.G.decks.regionalDiscard]).toContain(card.id);
  });

  it("R-NK1 is recurring: after it resolves at Headlines it is shuffled back into the regional deck", () => {
    expect(card.recurring).toBe(true);
    const g = openingGame();
    expect(headlinesWithRegional(g, 1, { deck: ['R-UKR1', 'R-UKR2', card.id] })).toBe(card.id);
    expect(g.G.decks.regional).toContain(card.id);
    expect(g.G.decks.regional).toHaveLength(3);
    expect(g.G.decks.regionalDiscard).not.toContain(card.id);
  });
});
