import { describe, expect, it } from 'vitest';
import { POLITICS_DECKS, liveDeck } from '../../src/game';
import { applyEffects } from '../../src/game/effects';
import { changed, headlineDrawn, makeLive, openingGame, politicsCard } from '../helpers/cards';

const card = politicsCard('P-MO10');

describe("P-MO10 Host-Nation Cost Deal", () => {
  it("P-MO10 with South Korea's defence below 30 costs South Korea economy 1", () => {
    const g = openingGame();
    expect(changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }))).toEqual({ 'KR.economy': [6, 5] });
  });

  it('P-MO10 with South Korea\'s defence at 30 brings 4,500 more US troops to Korea instead', () => {
    const g = openingGame();
    g.G.actors.KR!.defence = 30;
    const { 'US.forces.KOR': _forces, ...diff } = changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }));
    expect(diff).toEqual({ troops: [28500, 33000] });
  });

  it('P-MO10 adding troops never takes away the American forces already built in Korea', () => {
    const g = openingGame();
    g.G.actors.KR!.defence = 30;
    g.G.actors.US!.forces.KOR = 5;
    applyEffects(g.G, card.effects, { source: card.id, rng: g.rng });
    expect(g.G.actors.US!.forces.KOR).toBeGreaterThanOrEqual(5);
  });

  it('P-MO10 is softened by South Korea\'s lobbying insurance', () => {
    const g = openingGame();
    g.G.actors.KR!.insurance = 1;
    expect(changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }))).toEqual({ 'KR.insurance': [1, 0] });
  });

  it("P-MO10 belongs to the mō-tora deck, live only after an America First victory: drawn and resolved at Headlines when that deck is live", () => {
    expect(card.deck).toBe('mo');
    const g = openingGame();
    makeLive(g.G, 'mo');
    expect(liveDeck(g.G)).toBe('mo');
    let drawn: string | undefined;
    const diff = changed(g.G, () => { drawn = headlineDrawn(g, card.id); });
    expect(drawn).toBe(card.id);
    expect(diff).toEqual({ 'KR.economy': [6, 5] });
    expect(g.G.decks.politicsDiscard['mo']).toContain(card.id);
  });

  it("P-MO10 is never drawn while another politics deck is live", () => {
    for (const deck of POLITICS_DECKS.filter((d) => d !== 'mo')) {
      const g = openingGame();
      makeLive(g.G, deck);
      expect(liveDeck(g.G)).toBe(deck);
      expect(headlineDrawn(g, card.id)).not.toBe(card.id);
      expect(g.G.decks.politics['mo'].at(-1)).toBe(card.id);
    }
  });
});
