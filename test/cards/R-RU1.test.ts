import { describe, expect, it } from 'vitest';
import { applyEffects } from '../../src/game/effects';
import { changed, headlinesWithRegional, openingGame, regionalCard } from '../helpers/cards';

const card = regionalCard('R-RU1');
const resolve = (g: ReturnType<typeof openingGame>) => changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }));

describe("R-RU1 Shells for Moscow", () => {
  it("R-RU1 raises the Ukraine signal +1 and tension in KOR +1", () => {
    const g = openingGame();
    expect(resolve(g)).toEqual({ ukraine: [2, 3], 'tension.KOR': [4, 5] });
  });

  it("R-RU1 taking the Ukraine signal to 4 does not itself raise tension in TWN (that is checked after the regional card at Headlines, 3.8)", () => {
    const g = openingGame();
    g.G.tracks.ukraine = 3;
    expect(resolve(g)).toEqual({ ukraine: [3, 4], 'tension.KOR': [4, 5] });
  });

  it("R-RU1 enters the regional deck only in round 2", () => {
    expect(card.from).toBe(2);
    const g = openingGame();
    expect(g.G.decks.regionalLater).toContain(card.id);
    expect(headlinesWithRegional(g, 1, { later: [card.id] })).toBeUndefined();
    expect(g.G.decks.regionalLater).toEqual([card.id]);
    expect(headlinesWithRegional(g, 2, { later: [card.id] })).toBe(card.id);
    expect(g.G.decks.regionalLater).toEqual([]);
  });

  it("R-RU1 is not recurring: after it resolves at Headlines it goes to the regional discard", () => {
    expect(card.recurring).toBe(false);
    const g = openingGame();
    const others = ['R-UKR1', 'R-TH1'];
    expect(headlinesWithRegional(g, 2, { deck: [...others, card.id] })).toBe(card.id);
    expect(g.G.decks.regional).toEqual(others);
    expect(g.G.decks.regionalDiscard).toEqual([card.id]);
  });
});
