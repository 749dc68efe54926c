import { describe, expect, it } from 'vitest';
import { applyEffects } from '../../src/game/effects';
import { changed, openingGame, politicsCard, politicsDeckRulings } from '../helpers/cards';

const card = politicsCard('P-MO9');

describe("P-MO9 Continuity on China", () => {
  it("P-MO9 moves order +1, reliability +1 and China's economy −1", () => {
    const g = openingGame();
    expect(changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }))).toEqual({ order: [0, 1], reliability: [6, 7], 'CN.economy': [7, 6] });
  });

  politicsDeckRulings(card, 'mo', 'mō-tora', 'only after an America First victory', { order: [0, 1], reliability: [6, 7], 'CN.economy': [7, 6] });
});
