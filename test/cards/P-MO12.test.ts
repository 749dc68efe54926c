import { describe, expect, it } from 'vitest';
import { POLITICS_DECKS, liveDeck } from '../../src/game';
import { applyEffects } from '../../src/game/effects';
import { changed, headlineDrawn, makeLive, openingGame, politicsCard } from '../helpers/cards';

const card = politicsCard('P-MO12');
const resolve = (g: ReturnType<typeof openingGame>) => changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }));

describe("P-MO12 A Troop Floor in Law", () => {
  it("P-MO12 with the garrison at 28,500 raises reliability by 1 and leaves the troops as they are", () => {
    const g = openingGame();
    expect(resolve(g)).toEqual({ reliability: [6, 7] });
  });

  it("P-MO12 after a drawdown (24,000) brings the troops back to 28,500 — and their unit back to Korea", () => {
    const g = openingGame();
    g.G.tracks.troops = 24_000;
    expect(resolve(g)).toEqual({ troops: [24000, 28500], 'US.forces.KOR': [3, 4] });
  });

  it("P-MO12 belongs to the mō-tora deck, live only after an America First victory: drawn and resolved at Headlines when that deck is live", () => {
    expect(card.deck).toBe('mo');
    const g = openingGame();
    makeLive(g.G, 'mo');
    expect(liveDeck(g.G)).toBe('mo');
    let drawn: string | undefined;
    const diff = changed(g.G, () => { drawn = headlineDrawn(g, card.id); });
    expect(drawn).toBe(card.id);
    expect(diff).toEqual({ reliability: [6, 7] });
    expect(g.G.decks.politicsDiscard['mo']).toContain(card.id);
  });

  it("P-MO12 is never drawn while another politics deck is live", () => {
    for (const deck of POLITICS_DECKS.filter((d) => d !== 'mo')) {
      const g = openingGame();
      makeLive(g.G, deck);
      expect(liveDeck(g.G)).toBe(deck);
      expect(headlineDrawn(g, card.id)).not.toBe(card.id);
      expect(g.G.decks.politics['mo'].at(-1)).toBe(card.id);
    }
  });
});
