import { describe, expect, it } from 'vitest';
import { POLITICS_DECKS, liveDeck } from '../../src/game';
import { applyEffects } from '../../src/game/effects';
import { changed, headlineDrawn, makeLive, openingGame, politicsCard } from '../helpers/cards';

const card = politicsCard('P-CONT2');

describe("P-CONT2 Steady Hand in the Pacific", () => {
  it("P-CONT2 raises reliability +1 and order +1", () => {
    const g = openingGame();
    expect(changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }))).toEqual({ reliability: [6, 7], order: [0, 1] });
  });

  it("P-CONT2 belongs to the continuity deck, live only after the other result: drawn and resolved at Headlines when that deck is live", () => {
    expect(card.deck).toBe('continuity');
    const g = openingGame();
    makeLive(g.G, 'continuity');
    expect(liveDeck(g.G)).toBe('continuity');
    let drawn: string | undefined;
    const diff = changed(g.G, () => { drawn = headlineDrawn(g, card.id); });
    expect(drawn).toBe(card.id);
    expect(diff).toEqual({ reliability: [6, 7], order: [0, 1] });
    expect(g.G.decks.politicsDiscard['continuity']).toContain(card.id);
  });

  it("P-CONT2 is never drawn while another politics deck is live", () => {
    for (const deck of POLITICS_DECKS.filter((d) => d !== 'continuity')) {
      const g = openingGame();
      makeLive(g.G, deck);
      expect(liveDeck(g.G)).toBe(deck);
      expect(headlineDrawn(g, card.id)).not.toBe(card.id);
      expect(g.G.decks.politics['continuity'].at(-1)).toBe(card.id);
    }
  });
});
