import { describe, expect, it } from 'vitest';
import { POLITICS_DECKS, liveDeck } from '../../src/game';
import { applyEffects } from '../../src/game/effects';
import { changed, headlineDrawn, makeLive, openingGame, politicsCard } from '../helpers/cards';

const card = politicsCard('P-CONT8');
const resolve = (g: ReturnType<typeof openingGame>) => changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }));

describe("P-CONT8 Guardrails with Beijing", () => {
  it("P-CONT8 eases tension in TWN by 1, raises China economy by 1 and Japan's and South Korea's China trade by 1", () => {
    const g = openingGame();
    expect(resolve(g)).toEqual({ 'tension.TWN': [5, 4], 'CN.economy': [7, 8], 'JP.chinaTrade': [6, 7], 'KR.chinaTrade': [6, 7] });
  });

  it("P-CONT8 belongs to the continuity deck, live only after the other result: drawn and resolved at Headlines when that deck is live", () => {
    expect(card.deck).toBe('continuity');
    const g = openingGame();
    makeLive(g.G, 'continuity');
    expect(liveDeck(g.G)).toBe('continuity');
    let drawn: string | undefined;
    const diff = changed(g.G, () => { drawn = headlineDrawn(g, card.id); });
    expect(drawn).toBe(card.id);
    expect(diff).toEqual({ 'tension.TWN': [5, 4], 'CN.economy': [7, 8], 'JP.chinaTrade': [6, 7], 'KR.chinaTrade': [6, 7] });
    expect(g.G.decks.politicsDiscard['continuity']).toContain(card.id);
  });

  it("P-CONT8 is never drawn while another politics deck is live", () => {
    for (const deck of POLITICS_DECKS.filter((d) => d !== 'continuity')) {
      const g = openingGame();
      makeLive(g.G, deck);
      expect(liveDeck(g.G)).toBe(deck);
      expect(headlineDrawn(g, card.id)).not.toBe(card.id);
      expect(g.G.decks.politics['continuity'].at(-1)).toBe(card.id);
    }
  });
});
