import { describe, expect, it } from 'vitest';
import { POLITICS_DECKS, liveDeck } from '../../src/game';
import { applyEffects } from '../../src/game/effects';
import { changed, headlineDrawn, makeLive, openingGame, politicsCard } from '../helpers/cards';

const card = politicsCard('P-MO2');

describe("P-MO2 Exercises Halted for a Summit", () => {
  it("P-MO2 suspends the US–Japan–South Korea trilateral for 1 round, lowers tension in KOR −1 and South Korea credibility −1", () => {
    const g = openingGame();
    g.G.alliances['A-USJPKR']!.level = 2;
    expect(changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }))).toEqual({ 'A-USJPKR.suspended': [0, 1], 'tension.KOR': [4, 3], 'KR.credibility': [6, 5] });
  });

  it('P-MO2 suspends nothing while the trilateral is not in play (level 0)', () => {
    const g = openingGame();
    g.G.alliances['A-USJPKR']!.level = 0;
    expect(changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }))).toEqual({ 'tension.KOR': [4, 3], 'KR.credibility': [6, 5] });
  });

  it('P-MO2 is softened by South Korea\'s lobbying insurance', () => {
    const g = openingGame();
    g.G.alliances['A-USJPKR']!.level = 2;
    g.G.actors.KR!.insurance = 2;
    expect(changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }))).toEqual({
      'A-USJPKR.suspended': [0, 1], 'tension.KOR': [4, 3], 'KR.insurance': [2, 1],
    });
  });

  it("P-MO2 belongs to the mō-tora deck, live only after an America First victory: drawn and resolved at Headlines when that deck is live", () => {
    expect(card.deck).toBe('mo');
    const g = openingGame();
    makeLive(g.G, 'mo');
    expect(liveDeck(g.G)).toBe('mo');
    g.G.alliances['A-USJPKR']!.level = 2;
    let drawn: string | undefined;
    const diff = changed(g.G, () => { drawn = headlineDrawn(g, card.id); });
    expect(drawn).toBe(card.id);
    expect(diff).toEqual({ 'A-USJPKR.suspended': [0, 1], 'tension.KOR': [4, 3], 'KR.credibility': [6, 5] });
    expect(g.G.decks.politicsDiscard['mo']).toContain(card.id);
  });

  it("P-MO2 is never drawn while another politics deck is live", () => {
    for (const deck of POLITICS_DECKS.filter((d) => d !== 'mo')) {
      const g = openingGame();
      makeLive(g.G, deck);
      expect(liveDeck(g.G)).toBe(deck);
      expect(headlineDrawn(g, card.id)).not.toBe(card.id);
      expect(g.G.decks.politics['mo'].at(-1)).toBe(card.id);
    }
  });
});
