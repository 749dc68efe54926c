import { describe, expect, it } from 'vitest';
import { POLITICS_DECKS, liveDeck } from '../../src/game';
import { applyEffects } from '../../src/game/effects';
import { changed, headlineDrawn, makeLive, openingGame, politicsCard } from '../helpers/cards';

const card = politicsCard('P-MOSHI4');
const resolve = (g: ReturnType<typeof openingGame>) => changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }));

describe("P-MOSHI4 Primary Sweep", () => {
  it("P-MOSHI4 moves the election track +1 and nothing else", () => {
    const g = openingGame();
    expect(resolve(g)).toEqual({ election: [0, 1] });
  });

  it("P-MOSHI4 belongs to the moshi-tora deck, live before the election while the election track is 0 or less: drawn and resolved at Headlines when that deck is live", () => {
    expect(card.deck).toBe('moshi');
    const g = openingGame();
    makeLive(g.G, 'moshi');
    expect(liveDeck(g.G)).toBe('moshi');
    let drawn: string | undefined;
    const diff = changed(g.G, () => { drawn = headlineDrawn(g, card.id); });
    expect(drawn).toBe(card.id);
    expect(diff).toEqual({ election: [0, 1] });
    expect(g.G.decks.politicsDiscard['moshi']).toContain(card.id);
  });

  it("P-MOSHI4 is never drawn while another politics deck is live", () => {
    for (const deck of POLITICS_DECKS.filter((d) => d !== 'moshi')) {
      const g = openingGame();
      makeLive(g.G, deck);
      expect(liveDeck(g.G)).toBe(deck);
      expect(headlineDrawn(g, card.id)).not.toBe(card.id);
      expect(g.G.decks.politics['moshi'].at(-1)).toBe(card.id);
    }
  });
});
