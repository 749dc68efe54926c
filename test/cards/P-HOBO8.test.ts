import { describe, expect, it } from 'vitest';
import { POLITICS_DECKS, liveDeck } from '../../src/game';
import { applyEffects } from '../../src/game/effects';
import { changed, headlineDrawn, makeLive, openingGame, politicsCard } from '../helpers/cards';

const card = politicsCard('P-HOBO8');
const resolve = (g: ReturnType<typeof openingGame>) => changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }));

describe("P-HOBO8 Continuity, Say the Advisers", () => {
  it("P-HOBO8 raises reliability +1 and Japan insurance +1", () => {
    const g = openingGame();
    expect(resolve(g)).toEqual({ reliability: [6, 7], 'JP.insurance': [0, 1] });
  });

  it("P-HOBO8 belongs to the hobo-tora deck, live before the election while America First leads: drawn and resolved at Headlines when that deck is live", () => {
    expect(card.deck).toBe('hobo');
    const g = openingGame();
    makeLive(g.G, 'hobo');
    expect(liveDeck(g.G)).toBe('hobo');
    let drawn: string | undefined;
    const diff = changed(g.G, () => { drawn = headlineDrawn(g, card.id); });
    expect(drawn).toBe(card.id);
    expect(diff).toEqual({ reliability: [6, 7], 'JP.insurance': [0, 1] });
    expect(g.G.decks.politicsDiscard['hobo']).toContain(card.id);
  });

  it("P-HOBO8 is never drawn while another politics deck is live", () => {
    for (const deck of POLITICS_DECKS.filter((d) => d !== 'hobo')) {
      const g = openingGame();
      makeLive(g.G, deck);
      expect(liveDeck(g.G)).toBe(deck);
      expect(headlineDrawn(g, card.id)).not.toBe(card.id);
      expect(g.G.decks.politics['hobo'].at(-1)).toBe(card.id);
    }
  });
});
