import { describe, expect, it } from 'vitest';
import { applyEffects } from '../../src/game/effects';
import { changed, headlinesWithRegional, openingGame, regionalCard } from '../helpers/cards';

const card = regionalCard('R-NK4');
const resolve = (g: ReturnType<typeof openingGame>) => changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }));

describe("R-NK4 Missile over Japan", () => {
  it("R-NK4 raises tension in KOR +1 and in ECS +1 (no order while A-MWD is below level 2)", () => {
    const g = openingGame();
    expect(resolve(g)).toEqual({ 'tension.KOR': [4, 5], 'tension.ECS': [3, 4] });
  });

  it("R-NK4 with the missile-warning link A-MWD only at level 1 still moves no order", () => {
    const g = openingGame();
    g.G.alliances['A-MWD']!.level = 1;
    expect(resolve(g)).toEqual({ 'tension.KOR': [4, 5], 'tension.ECS': [3, 4] });
  });

  it("R-NK4 moves order +1 too once A-MWD is integrated enough (level 2)", () => {
    const g = openingGame();
    g.G.alliances['A-MWD']!.level = 2;
    expect(resolve(g)).toEqual({ 'tension.KOR': [4, 5], 'tension.ECS': [3, 4], order: [0, 1] });
  });

  it("R-NK4 enters the regional deck only in round 6", () => {
    expect(card.from).toBe(6);
    const g = openingGame();
    expect(g.G.decks.regionalLater).toContain(card.id);
    expect(headlinesWithRegional(g, 5, { later: [card.id] })).toBeUndefined();
    expect(g.G.decks.regionalLater).toEqual([card.id]);
    expect(headlinesWithRegional(g, 6, { later: [card.id] })).toBe(card.id);
    expect(g.G.decks.regionalLater).toEqual([]);
  });

  it("R-NK4 is recurring: after it resolves at Headlines it is shuffled back into the regional deck", () => {
    expect(card.recurring).toBe(true);
    const g = openingGame();
    expect(headlinesWithRegional(g, 6, { deck: ['R-UKR1', 'R-UKR2', card.id] })).toBe(card.id);
    expect(g.G.decks.regional).toContain(card.id);
    expect(g.G.decks.regional).toHaveLength(3);
    expect(g.G.decks.regionalDiscard).not.toContain(card.id);
  });
});
