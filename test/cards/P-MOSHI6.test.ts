import { describe, expect, it } from 'vitest';
import { POLITICS_DECKS, liveDeck } from '../../src/game';
import { applyEffects } from '../../src/game/effects';
import { changed, headlineDrawn, makeLive, openingGame, politicsCard } from '../helpers/cards';

const card = politicsCard('P-MOSHI6');
const resolve = (g: ReturnType<typeof openingGame>) => changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }));

describe("P-MOSHI6 Embassies Work the Hill", () => {
  it("P-MOSHI6 gives Japan and South Korea insurance +1 each, and never moves the election track", () => {
    const g = openingGame();
    expect(resolve(g)).toEqual({ 'JP.insurance': [0, 1], 'KR.insurance': [0, 1] });
  });

  it("P-MOSHI6 cannot take insurance past 3", () => {
    const g = openingGame();
    g.G.actors.JP!.insurance = 3;
    expect(resolve(g)).toEqual({ 'KR.insurance': [0, 1] });
  });

  it("P-MOSHI6 belongs to the moshi-tora deck, live before the election while the election track is 0 or less: drawn and resolved at Headlines when that deck is live", () => {
    expect(card.deck).toBe('moshi');
    const g = openingGame();
    makeLive(g.G, 'moshi');
    expect(liveDeck(g.G)).toBe('moshi');
    let drawn: string | undefined;
    const diff = changed(g.G, () => { drawn = headlineDrawn(g, card.id); });
    expect(drawn).toBe(card.id);
    expect(diff).toEqual({ 'JP.insurance': [0, 1], 'KR.insurance': [0, 1] });
    expect(g.G.decks.politicsDiscard['moshi']).toContain(card.id);
  });

  it("P-MOSHI6 is never drawn while another politics deck is live", () => {
    for (const deck of POLITICS_DECKS.filter((d) => d !== 'moshi')) {
      const g = openingGame();
      makeLive(g.G, deck);
      expect(liveDeck(g.G)).toBe(deck);
      expect(headlineDrawn(g, card.id)).not.toBe(card.id);
      expect(g.G.decks.politics['moshi'].at(-1)).toBe(card.id);
    }
  });
});
