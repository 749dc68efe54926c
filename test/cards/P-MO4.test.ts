import { describe, expect, it } from 'vitest';
import { POLITICS_DECKS, liveDeck } from '../../src/game';
import { applyEffects } from '../../src/game/effects';
import { changed, headlineDrawn, makeLive, openingGame, politicsCard } from '../helpers/cards';

const card = politicsCard('P-MO4');

describe("P-MO4 Tariff Wall", () => {
  it("P-MO4 costs each ally economy 1", () => {
    const g = openingGame();
    expect(changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }))).toEqual({ 'JP.economy': [6, 5], 'KR.economy': [6, 5], 'AU.economy': [7, 6], 'PH.economy': [5, 4] });
  });

  it('P-MO4 is softened by lobbying insurance, ally by ally: one insurance spent for each loss cancelled', () => {
    const g = openingGame();
    g.G.actors.JP!.insurance = 1;
    g.G.actors.AU!.insurance = 3;
    expect(changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }))).toEqual({
      'JP.insurance': [1, 0], 'KR.economy': [6, 5], 'AU.insurance': [3, 2], 'PH.economy': [5, 4],
    });
  });

  it("P-MO4 belongs to the mō-tora deck, live only after an America First victory: drawn and resolved at Headlines when that deck is live", () => {
    expect(card.deck).toBe('mo');
    const g = openingGame();
    makeLive(g.G, 'mo');
    expect(liveDeck(g.G)).toBe('mo');
    let drawn: string | undefined;
    const diff = changed(g.G, () => { drawn = headlineDrawn(g, card.id); });
    expect(drawn).toBe(card.id);
    expect(diff).toEqual({ 'JP.economy': [6, 5], 'KR.economy': [6, 5], 'AU.economy': [7, 6], 'PH.economy': [5, 4] });
    expect(g.G.decks.politicsDiscard['mo']).toContain(card.id);
  });

  it("P-MO4 is never drawn while another politics deck is live", () => {
    for (const deck of POLITICS_DECKS.filter((d) => d !== 'mo')) {
      const g = openingGame();
      makeLive(g.G, deck);
      expect(liveDeck(g.G)).toBe(deck);
      expect(headlineDrawn(g, card.id)).not.toBe(card.id);
      expect(g.G.decks.politics['mo'].at(-1)).toBe(card.id);
    }
  });
});
