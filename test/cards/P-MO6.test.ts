import { describe, expect, it } from 'vitest';
import { POLITICS_DECKS, liveDeck } from '../../src/game';
import { applyEffects } from '../../src/game/effects';
import { proposableAlliances } from '../../src/game/ops';
import { changed, headlineDrawn, makeLive, openingGame, politicsCard } from '../helpers/cards';

const card = politicsCard('P-MO6');

describe("P-MO6 Submarines Kept at Home", () => {
  it("P-MO6 gives Australia the subsRefused flag and costs it opinion 1", () => {
    const g = openingGame();
    expect(changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }))).toEqual({ 'AU.flags': ['', 'subsRefused'], 'AU.opinion': [6, 5] });
  });

  it('P-MO6 is softened by Australia\'s lobbying insurance, but the refusal stands', () => {
    const g = openingGame();
    g.G.actors.AU!.insurance = 1;
    expect(changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }))).toEqual({
      'AU.flags': ['', 'subsRefused'], 'AU.insurance': [1, 0],
    });
  });

  it('P-MO6 stops AUKUS upgrades until the refusal is lifted', () => {
    const g = openingGame();
    expect(proposableAlliances(g.G, 'AU', 4)).toContain('A-AUKUS');
    applyEffects(g.G, card.effects, { source: card.id, rng: g.rng });
    expect(proposableAlliances(g.G, 'AU', 4)).not.toContain('A-AUKUS');
    expect(proposableAlliances(g.G, 'US', 4)).not.toContain('A-AUKUS');
  });

  it("P-MO6 belongs to the mō-tora deck, live only after an America First victory: drawn and resolved at Headlines when that deck is live", () => {
    expect(card.deck).toBe('mo');
    const g = openingGame();
    makeLive(g.G, 'mo');
    expect(liveDeck(g.G)).toBe('mo');
    let drawn: string | undefined;
    const diff = changed(g.G, () => { drawn = headlineDrawn(g, card.id); });
    expect(drawn).toBe(card.id);
    expect(diff).toEqual({ 'AU.flags': ['', 'subsRefused'], 'AU.opinion': [6, 5] });
    expect(g.G.decks.politicsDiscard['mo']).toContain(card.id);
  });

  it("P-MO6 is never drawn while another politics deck is live", () => {
    for (const deck of POLITICS_DECKS.filter((d) => d !== 'mo')) {
      const g = openingGame();
      makeLive(g.G, deck);
      expect(liveDeck(g.G)).toBe(deck);
      expect(headlineDrawn(g, card.id)).not.toBe(card.id);
      expect(g.G.decks.politics['mo'].at(-1)).toBe(card.id);
    }
  });
});
