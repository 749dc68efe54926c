import { describe, expect, it } from 'vitest';
import { POLITICS_DECKS, liveDeck } from '../../src/game';
import { applyEffects } from '../../src/game/effects';
import { changed, headlineDrawn, makeLive, openingGame, politicsCard } from '../helpers/cards';

const card = politicsCard('P-MO7');

describe("P-MO7 Ukraine Cut Loose", () => {
  it("P-MO7 moves the Ukraine signal +2 and reliability −1", () => {
    const g = openingGame();
    expect(changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }))).toEqual({ ukraine: [2, 4], reliability: [6, 5] });
  });

  it('P-MO7 cannot take the Ukraine signal past 6', () => {
    const g = openingGame();
    g.G.tracks.ukraine = 5;
    expect(changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }))).toEqual({ ukraine: [5, 6], reliability: [6, 5] });
  });

  it("P-MO7 belongs to the mō-tora deck, live only after an America First victory: drawn and resolved at Headlines when that deck is live", () => {
    expect(card.deck).toBe('mo');
    const g = openingGame();
    makeLive(g.G, 'mo');
    expect(liveDeck(g.G)).toBe('mo');
    let drawn: string | undefined;
    const diff = changed(g.G, () => { drawn = headlineDrawn(g, card.id); });
    expect(drawn).toBe(card.id);
    expect(diff).toEqual({ ukraine: [2, 4], reliability: [6, 5], 'tension.TWN': [5, 6] });
    expect(g.G.decks.politicsDiscard['mo']).toContain(card.id);
  });

  it("P-MO7 is never drawn while another politics deck is live", () => {
    for (const deck of POLITICS_DECKS.filter((d) => d !== 'mo')) {
      const g = openingGame();
      makeLive(g.G, deck);
      expect(liveDeck(g.G)).toBe(deck);
      expect(headlineDrawn(g, card.id)).not.toBe(card.id);
      expect(g.G.decks.politics['mo'].at(-1)).toBe(card.id);
    }
  });
});
