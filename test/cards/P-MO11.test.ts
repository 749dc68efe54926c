import { describe, expect, it } from 'vitest';
import { POLITICS_DECKS, liveDeck } from '../../src/game';
import { applyEffects } from '../../src/game/effects';
import { changed, headlineDrawn, makeLive, openingGame, politicsCard } from '../helpers/cards';

const card = politicsCard('P-MO11');

describe("P-MO11 Initiatives Left to Wither", () => {
  it("P-MO11 lowers the air-defence initiative and the South China Sea exercises one level each when they are in play", () => {
    const g = openingGame();
    g.G.alliances['A-IAMD']!.level = 2;
    g.G.alliances['A-SCSX']!.level = 1;
    expect(changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }))).toEqual({ 'A-IAMD': [2, 1], 'A-SCSX': [1, 0] });
  });

  it('P-MO11 changes nothing while neither is in play', () => {
    const g = openingGame();
    g.G.alliances['A-IAMD']!.level = 0;
    g.G.alliances['A-SCSX']!.level = 0;
    expect(changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }))).toEqual({});
  });

  it("P-MO11 belongs to the mō-tora deck, live only after an America First victory: drawn and resolved at Headlines when that deck is live", () => {
    expect(card.deck).toBe('mo');
    const g = openingGame();
    makeLive(g.G, 'mo');
    expect(liveDeck(g.G)).toBe('mo');
    g.G.alliances['A-IAMD']!.level = 2;
    g.G.alliances['A-SCSX']!.level = 1;
    let drawn: string | undefined;
    const diff = changed(g.G, () => { drawn = headlineDrawn(g, card.id); });
    expect(drawn).toBe(card.id);
    expect(diff).toEqual({ 'A-IAMD': [2, 1], 'A-SCSX': [1, 0] });
    expect(g.G.decks.politicsDiscard['mo']).toContain(card.id);
  });

  it("P-MO11 is never drawn while another politics deck is live", () => {
    for (const deck of POLITICS_DECKS.filter((d) => d !== 'mo')) {
      const g = openingGame();
      makeLive(g.G, deck);
      expect(liveDeck(g.G)).toBe(deck);
      expect(headlineDrawn(g, card.id)).not.toBe(card.id);
      expect(g.G.decks.politics['mo'].at(-1)).toBe(card.id);
    }
  });
});
