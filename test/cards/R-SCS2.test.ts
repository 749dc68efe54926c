import { describe, expect, it } from 'vitest';
import { applyEffects } from '../../src/game/effects';
import { changed, headlinesWithRegional, openingGame, regionalCard } from '../helpers/cards';

const card = regionalCard('R-SCS2');
const resolve = (g: ReturnType<typeof openingGame>) => changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }));

describe("R-SCS2 Blockade of a Grounded Ship", () => {
  it("R-SCS2 with no trilateral raises tension in SCS +1 and costs Philippine opinion 1", () => {
    const g = openingGame();
    expect(resolve(g)).toEqual({ 'tension.SCS': [5, 6], 'PH.opinion': [6, 5] });
  });

  it("R-SCS2 with the US–Japan–Philippines trilateral (A-USJPPH) in play: the partners speak up, Philippines credibility +1 instead", () => {
    const g = openingGame();
    g.G.alliances['A-USJPPH']!.level = 1;
    expect(resolve(g)).toEqual({ 'tension.SCS': [5, 6], 'PH.credibility': [6, 7] });
  });

  it("R-SCS2 enters the regional deck only in round 2", () => {
    expect(card.from).toBe(2);
    const g = openingGame();
    expect(g.G.decks.regionalLater).toContain(card.id);
    expect(headlinesWithRegional(g, 1, { later: [card.id] })).toBeUndefined();
    expect(g.G.decks.regionalLater).toEqual([card.id]);
    expect(headlinesWithRegional(g, 2, { later: [card.id] })).toBe(card.id);
    expect(g.G.decks.regionalLater).toEqual([]);
  });

  it("R-SCS2 is not recurring: after it resolves at Headlines it goes to the regional discard", () => {
    expect(card.recurring).toBe(false);
    const g = openingGame();
    const others = ['R-UKR1', 'R-TH1'];
    expect(headlinesWithRegional(g, 2, { deck: [...others, card.id] })).toBe(card.id);
    expect(g.G.decks.regional).toEqual(others);
    expect(g.G.decks.regionalDiscard).toEqual([card.id]);
  });
});
