import { describe, expect, it } from 'vitest';
import { POLITICS_DECKS, liveDeck } from '../../src/game';
import { applyEffects } from '../../src/game/effects';
import { changed, headlineDrawn, makeLive, openingGame, politicsCard } from '../helpers/cards';

const card = politicsCard('P-HOBO5');
const resolve = (g: ReturnType<typeof openingGame>) => changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }));

describe("P-HOBO5 A Tariff on Everything", () => {
  it("P-HOBO5 costs each ally economy 1 and moves the election track +1", () => {
    const g = openingGame();
    expect(resolve(g)).toEqual({ 'JP.economy': [6, 5], 'KR.economy': [6, 5], 'AU.economy': [7, 6], 'PH.economy': [5, 4], election: [0, 1] });
  });

  it("P-HOBO5's tariffs are insurable: Japan with insurance 2 loses no economy and spends 1 insurance", () => {
    const g = openingGame();
    g.G.actors.JP!.insurance = 2;
    expect(resolve(g)).toEqual({ 'JP.insurance': [2, 1], 'KR.economy': [6, 5], 'AU.economy': [7, 6], 'PH.economy': [5, 4], election: [0, 1] });
  });

  it("P-HOBO5 belongs to the hobo-tora deck, live before the election while America First leads: drawn and resolved at Headlines when that deck is live", () => {
    expect(card.deck).toBe('hobo');
    const g = openingGame();
    makeLive(g.G, 'hobo');
    expect(liveDeck(g.G)).toBe('hobo');
    let drawn: string | undefined;
    const diff = changed(g.G, () => { drawn = headlineDrawn(g, card.id); });
    expect(drawn).toBe(card.id);
    expect(diff).toEqual({ 'JP.economy': [6, 5], 'KR.economy': [6, 5], 'AU.economy': [7, 6], 'PH.economy': [5, 4], election: [1, 2] });
    expect(g.G.decks.politicsDiscard['hobo']).toContain(card.id);
  });

  it("P-HOBO5 is never drawn while another politics deck is live", () => {
    for (const deck of POLITICS_DECKS.filter((d) => d !== 'hobo')) {
      const g = openingGame();
      makeLive(g.G, deck);
      expect(liveDeck(g.G)).toBe(deck);
      expect(headlineDrawn(g, card.id)).not.toBe(card.id);
      expect(g.G.decks.politics['hobo'].at(-1)).toBe(card.id);
    }
  });
});
