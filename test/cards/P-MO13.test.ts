import { describe, expect, it } from 'vitest';
import { POLITICS_DECKS, liveDeck } from '../../src/game';
import { applyEffects } from '../../src/game/effects';
import { changed, headlineDrawn, makeLive, openingGame, politicsCard } from '../helpers/cards';

const card = politicsCard('P-MO13');
const resolve = (g: ReturnType<typeof openingGame>) => changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }));

describe("P-MO13 The Spokes Close Ranks", () => {
  it("P-MO13 raises each ally credibility by 1", () => {
    const g = openingGame();
    expect(resolve(g)).toEqual({ 'JP.credibility': [7, 8], 'KR.credibility': [6, 7], 'AU.credibility': [7, 8], 'PH.credibility': [6, 7] });
  });

  it("P-MO13 belongs to the mō-tora deck, live only after an America First victory: drawn and resolved at Headlines when that deck is live", () => {
    expect(card.deck).toBe('mo');
    const g = openingGame();
    makeLive(g.G, 'mo');
    expect(liveDeck(g.G)).toBe('mo');
    let drawn: string | undefined;
    const diff = changed(g.G, () => { drawn = headlineDrawn(g, card.id); });
    expect(drawn).toBe(card.id);
    expect(diff).toEqual({ 'JP.credibility': [7, 8], 'KR.credibility': [6, 7], 'AU.credibility': [7, 8], 'PH.credibility': [6, 7] });
    expect(g.G.decks.politicsDiscard['mo']).toContain(card.id);
  });

  it("P-MO13 is never drawn while another politics deck is live", () => {
    for (const deck of POLITICS_DECKS.filter((d) => d !== 'mo')) {
      const g = openingGame();
      makeLive(g.G, deck);
      expect(liveDeck(g.G)).toBe(deck);
      expect(headlineDrawn(g, card.id)).not.toBe(card.id);
      expect(g.G.decks.politics['mo'].at(-1)).toBe(card.id);
    }
  });
});
