import { describe, expect, it } from 'vitest';
import { POLITICS_DECKS, liveDeck } from '../../src/game';
import { applyEffects } from '../../src/game/effects';
import { changed, headlineDrawn, makeLive, openingGame, politicsCard } from '../helpers/cards';

const card = politicsCard('P-MO5');

describe("P-MO5 Pay More or Else", () => {
  it("P-MO5 raises each ally defence +1 but costs each ally opinion 1, and raises Taiwan's defence by 2", () => {
    const g = openingGame();
    expect(changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }))).toEqual({ 'JP.defence': [16, 17], 'KR.defence': [28, 29], 'AU.defence': [20, 21], 'PH.defence': [13, 14], 'JP.opinion': [6, 5], 'KR.opinion': [6, 5], 'AU.opinion': [6, 5], 'PH.opinion': [6, 5], taiwanDefence: [25, 27] });
  });

  it('P-MO5 is softened by lobbying insurance: the opinion loss is cancelled, the defence gain stays', () => {
    const g = openingGame();
    g.G.actors.PH!.insurance = 1;
    const diff = changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }));
    expect(diff['PH.opinion']).toBeUndefined();
    expect(diff['PH.insurance']).toEqual([1, 0]);
    expect(diff['PH.defence']).toEqual([13, 14]);
    expect(diff['JP.opinion']).toEqual([6, 5]);
  });

  it("P-MO5 belongs to the mō-tora deck, live only after an America First victory: drawn and resolved at Headlines when that deck is live", () => {
    expect(card.deck).toBe('mo');
    const g = openingGame();
    makeLive(g.G, 'mo');
    expect(liveDeck(g.G)).toBe('mo');
    let drawn: string | undefined;
    const diff = changed(g.G, () => { drawn = headlineDrawn(g, card.id); });
    expect(drawn).toBe(card.id);
    expect(diff).toEqual({ 'JP.defence': [16, 17], 'KR.defence': [28, 29], 'AU.defence': [20, 21], 'PH.defence': [13, 14], 'JP.opinion': [6, 5], 'KR.opinion': [6, 5], 'AU.opinion': [6, 5], 'PH.opinion': [6, 5], taiwanDefence: [25, 27] });
    expect(g.G.decks.politicsDiscard['mo']).toContain(card.id);
  });

  it("P-MO5 is never drawn while another politics deck is live", () => {
    for (const deck of POLITICS_DECKS.filter((d) => d !== 'mo')) {
      const g = openingGame();
      makeLive(g.G, deck);
      expect(liveDeck(g.G)).toBe(deck);
      expect(headlineDrawn(g, card.id)).not.toBe(card.id);
      expect(g.G.decks.politics['mo'].at(-1)).toBe(card.id);
    }
  });
});
