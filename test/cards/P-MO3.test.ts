import { describe, expect, it } from 'vitest';
import { POLITICS_DECKS, liveDeck } from '../../src/game';
import { applyEffects } from '../../src/game/effects';
import { changed, headlineDrawn, makeLive, openingGame, politicsCard } from '../helpers/cards';

const card = politicsCard('P-MO3');

describe("P-MO3 Data Link Paused", () => {
  it("P-MO3 suspends the missile-warning link A-MWD for 1 round", () => {
    const g = openingGame();
    g.G.alliances['A-MWD']!.level = 1;
    expect(changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }))).toEqual({ 'A-MWD.suspended': [0, 1] });
  });

  it('P-MO3 suspends nothing while A-MWD is not in play (level 0)', () => {
    const g = openingGame();
    g.G.alliances['A-MWD']!.level = 0;
    expect(changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }))).toEqual({});
  });

  it('P-MO3 has no insurable effect: South Korea\'s insurance is not spent', () => {
    const g = openingGame();
    g.G.alliances['A-MWD']!.level = 1;
    g.G.actors.KR!.insurance = 2;
    g.G.actors.JP!.insurance = 2;
    expect(changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }))).toEqual({ 'A-MWD.suspended': [0, 1] });
  });

  it("P-MO3 belongs to the mō-tora deck, live only after an America First victory: drawn and resolved at Headlines when that deck is live", () => {
    expect(card.deck).toBe('mo');
    const g = openingGame();
    makeLive(g.G, 'mo');
    expect(liveDeck(g.G)).toBe('mo');
    g.G.alliances['A-MWD']!.level = 1;
    let drawn: string | undefined;
    const diff = changed(g.G, () => { drawn = headlineDrawn(g, card.id); });
    expect(drawn).toBe(card.id);
    expect(diff).toEqual({ 'A-MWD.suspended': [0, 1] });
    expect(g.G.decks.politicsDiscard['mo']).toContain(card.id);
  });

  it("P-MO3 is never drawn while another politics deck is live", () => {
    for (const deck of POLITICS_DECKS.filter((d) => d !== 'mo')) {
      const g = openingGame();
      makeLive(g.G, deck);
      expect(liveDeck(g.G)).toBe(deck);
      expect(headlineDrawn(g, card.id)).not.toBe(card.id);
      expect(g.G.decks.politics['mo'].at(-1)).toBe(card.id);
    }
  });
});
