import { describe, expect, it } from 'vitest';
import { POLITICS_DECKS, liveDeck } from '../../src/game';
import { applyEffects } from '../../src/game/effects';
import { changed, headlineDrawn, makeLive, openingGame, politicsCard } from '../helpers/cards';

const card = politicsCard('P-HOBO3');

describe("P-HOBO3 Europe First in the Line of Fire", () => {
  it("P-HOBO3 moves the Ukraine signal +1 and the election track +1", () => {
    const g = openingGame();
    expect(changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }))).toEqual({ ukraine: [2, 3], election: [0, 1] });
  });

  it("P-HOBO3 belongs to the hobo-tora deck, live before the election while America First leads (election above 0): drawn and resolved at Headlines when that deck is live", () => {
    expect(card.deck).toBe('hobo');
    const g = openingGame();
    makeLive(g.G, 'hobo');
    expect(liveDeck(g.G)).toBe('hobo');
    let drawn: string | undefined;
    const diff = changed(g.G, () => { drawn = headlineDrawn(g, card.id); });
    expect(drawn).toBe(card.id);
    expect(diff).toEqual({ ukraine: [2, 3], election: [1, 2] });
    expect(g.G.decks.politicsDiscard['hobo']).toContain(card.id);
  });

  it("P-HOBO3 is never drawn while another politics deck is live", () => {
    for (const deck of POLITICS_DECKS.filter((d) => d !== 'hobo')) {
      const g = openingGame();
      makeLive(g.G, deck);
      expect(liveDeck(g.G)).toBe(deck);
      expect(headlineDrawn(g, card.id)).not.toBe(card.id);
      expect(g.G.decks.politics['hobo'].at(-1)).toBe(card.id);
    }
  });
});
