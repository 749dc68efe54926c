import { describe, expect, it } from 'vitest';
import { POLITICS_DECKS, liveDeck } from '../../src/game';
import { applyEffects } from '../../src/game/effects';
import { changed, headlineDrawn, makeLive, openingGame, politicsCard } from '../helpers/cards';

const card = politicsCard('P-HOBO4');
const resolve = (g: ReturnType<typeof openingGame>) => changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }));

describe("P-HOBO4 Quiet Feelers to Beijing", () => {
  it("P-HOBO4 raises South Korea's and the Philippines' China trade by 1 each", () => {
    const g = openingGame();
    expect(resolve(g)).toEqual({ 'KR.chinaTrade': [6, 7], 'PH.chinaTrade': [4, 5] });
  });

  it("P-HOBO4 belongs to the hobo-tora deck, live before the election while America First leads: drawn and resolved at Headlines when that deck is live", () => {
    expect(card.deck).toBe('hobo');
    const g = openingGame();
    makeLive(g.G, 'hobo');
    expect(liveDeck(g.G)).toBe('hobo');
    let drawn: string | undefined;
    const diff = changed(g.G, () => { drawn = headlineDrawn(g, card.id); });
    expect(drawn).toBe(card.id);
    expect(diff).toEqual({ 'KR.chinaTrade': [6, 7], 'PH.chinaTrade': [4, 5] });
    expect(g.G.decks.politicsDiscard['hobo']).toContain(card.id);
  });

  it("P-HOBO4 is never drawn while another politics deck is live", () => {
    for (const deck of POLITICS_DECKS.filter((d) => d !== 'hobo')) {
      const g = openingGame();
      makeLive(g.G, deck);
      expect(liveDeck(g.G)).toBe(deck);
      expect(headlineDrawn(g, card.id)).not.toBe(card.id);
      expect(g.G.decks.politics['hobo'].at(-1)).toBe(card.id);
    }
  });
});
