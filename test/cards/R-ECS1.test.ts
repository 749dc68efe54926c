import { describe, expect, it } from 'vitest';
import { applyEffects } from '../../src/game/effects';
import { changed, headlinesWithRegional, openingGame, regionalCard } from '../helpers/cards';

const card = regionalCard('R-ECS1');
const resolve = (g: ReturnType<typeof openingGame>) => changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }));

describe("R-ECS1 Record Scrambles", () => {
  it("R-ECS1 raises tension in ECS +1 and Japan opinion +1", () => {
    const g = openingGame();
    expect(resolve(g)).toEqual({ 'tension.ECS': [3, 4], 'JP.opinion': [6, 7] });
  });

  it("R-ECS1 is in the regional deck from round 1", () => {
    expect(card.from).toBe(1);
    const g = openingGame();
    expect(g.G.decks.regionalLater).not.toContain(card.id);
    expect([...g.G.decks.regional, ...g.G.decks.regionalDiscard]).toContain(card.id);
  });

  it("R-ECS1 is not recurring: after it resolves at Headlines it goes to the regional discard", () => {
    expect(card.recurring).toBe(false);
    const g = openingGame();
    const others = ['R-UKR1', 'R-TH1'];
    expect(headlinesWithRegional(g, 1, { deck: [...others, card.id] })).toBe(card.id);
    expect(g.G.decks.regional).toEqual(others);
    expect(g.G.decks.regionalDiscard).toEqual([card.id]);
  });
});
