import { describe, expect, it } from 'vitest';
import { POLITICS_DECKS, liveDeck } from '../../src/game';
import { applyEffects } from '../../src/game/effects';
import { changed, headlineDrawn, makeLive, openingGame, politicsCard } from '../helpers/cards';

const card = politicsCard('P-HOBO1');

describe("P-HOBO1 Probably Trump", () => {
  it("P-HOBO1 gives each ally insurance +1", () => {
    const g = openingGame();
    expect(changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }))).toEqual({ 'JP.insurance': [0, 1], 'KR.insurance': [0, 1], 'AU.insurance': [0, 1], 'PH.insurance': [0, 1] });
  });

  it('P-HOBO1 cannot take insurance past 3', () => {
    const g = openingGame();
    g.G.actors.JP!.insurance = 3;
    const diff = changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }));
    expect(diff['JP.insurance']).toBeUndefined();
    expect(diff['KR.insurance']).toEqual([0, 1]);
  });

  it("P-HOBO1 belongs to the hobo-tora deck, live before the election while America First leads (election above 0): drawn and resolved at Headlines when that deck is live", () => {
    expect(card.deck).toBe('hobo');
    const g = openingGame();
    makeLive(g.G, 'hobo');
    expect(liveDeck(g.G)).toBe('hobo');
    let drawn: string | undefined;
    const diff = changed(g.G, () => { drawn = headlineDrawn(g, card.id); });
    expect(drawn).toBe(card.id);
    expect(diff).toEqual({ 'JP.insurance': [0, 1], 'KR.insurance': [0, 1], 'AU.insurance': [0, 1], 'PH.insurance': [0, 1] });
    expect(g.G.decks.politicsDiscard['hobo']).toContain(card.id);
  });

  it("P-HOBO1 is never drawn while another politics deck is live", () => {
    for (const deck of POLITICS_DECKS.filter((d) => d !== 'hobo')) {
      const g = openingGame();
      makeLive(g.G, deck);
      expect(liveDeck(g.G)).toBe(deck);
      expect(headlineDrawn(g, card.id)).not.toBe(card.id);
      expect(g.G.decks.politics['hobo'].at(-1)).toBe(card.id);
    }
  });
});
