import { describe, expect, it } from 'vitest';
import { applyEffects } from '../../src/game/effects';
import { changed, openingGame, politicsCard, politicsDeckRulings } from '../helpers/cards';

const card = politicsCard('P-MO14');
const resolve = (g: ReturnType<typeof openingGame>) => changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }));

describe("P-MO14 Governors Court the Car Plants", () => {
  it("P-MO14 raises Japan and South Korea economy by 1 each", () => {
    const g = openingGame();
    expect(resolve(g)).toEqual({ 'JP.economy': [6, 7], 'KR.economy': [6, 7] });
  });

  politicsDeckRulings(card, 'mo', 'mō-tora', 'only after an America First victory', { 'JP.economy': [6, 7], 'KR.economy': [6, 7] });
});
