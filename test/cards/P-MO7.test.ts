import { describe, expect, it } from 'vitest';
import { applyEffects } from '../../src/game/effects';
import { changed, openingGame, politicsCard, politicsDeckRulings } from '../helpers/cards';

const card = politicsCard('P-MO7');

describe("P-MO7 Ukraine Cut Loose", () => {
  it("P-MO7 moves the Ukraine signal +2 and reliability −1", () => {
    const g = openingGame();
    expect(changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }))).toEqual({ ukraine: [2, 4], reliability: [6, 5] });
  });

  it('P-MO7 cannot take the Ukraine signal past 6', () => {
    const g = openingGame();
    g.G.tracks.ukraine = 5;
    expect(changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }))).toEqual({ ukraine: [5, 6], reliability: [6, 5] });
  });

  politicsDeckRulings(card, 'mo', 'mō-tora', 'only after an America First victory', { ukraine: [2, 4], reliability: [6, 5], 'tension.TWN': [5, 6] });
});
