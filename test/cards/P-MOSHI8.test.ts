import { describe, expect, it } from 'vitest';
import { POLITICS_DECKS, liveDeck } from '../../src/game';
import { applyEffects } from '../../src/game/effects';
import { changed, headlineDrawn, makeLive, openingGame, politicsCard } from '../helpers/cards';

const card = politicsCard('P-MOSHI8');
const resolve = (g: ReturnType<typeof openingGame>) => changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }));

describe("P-MOSHI8 China First, Says the Challenger", () => {
  it("P-MOSHI8 moves the election track +1 and reliability +1 (America First says China is its rival)", () => {
    const g = openingGame();
    expect(resolve(g)).toEqual({ election: [0, 1], reliability: [6, 7] });
  });

  it("P-MOSHI8 belongs to the moshi-tora deck, live before the election while the election track is 0 or less: drawn and resolved at Headlines when that deck is live", () => {
    expect(card.deck).toBe('moshi');
    const g = openingGame();
    makeLive(g.G, 'moshi');
    expect(liveDeck(g.G)).toBe('moshi');
    let drawn: string | undefined;
    const diff = changed(g.G, () => { drawn = headlineDrawn(g, card.id); });
    expect(drawn).toBe(card.id);
    expect(diff).toEqual({ election: [0, 1], reliability: [6, 7] });
    expect(g.G.decks.politicsDiscard['moshi']).toContain(card.id);
  });

  it("P-MOSHI8 is never drawn while another politics deck is live", () => {
    for (const deck of POLITICS_DECKS.filter((d) => d !== 'moshi')) {
      const g = openingGame();
      makeLive(g.G, deck);
      expect(liveDeck(g.G)).toBe(deck);
      expect(headlineDrawn(g, card.id)).not.toBe(card.id);
      expect(g.G.decks.politics['moshi'].at(-1)).toBe(card.id);
    }
  });
});
