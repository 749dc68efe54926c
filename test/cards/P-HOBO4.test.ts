import { describe, expect, it } from 'vitest';
import { applyEffects } from '../../src/game/effects';
import { changed, openingGame, politicsCard, politicsDeckRulings } from '../helpers/cards';

const card = politicsCard('P-HOBO4');
const resolve = (g: ReturnType<typeof openingGame>) => changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }));

describe("P-HOBO4 Quiet Feelers to Beijing", () => {
  it("P-HOBO4 raises South Korea's and the Philippines' China trade by 1 each", () => {
    const g = openingGame();
    expect(resolve(g)).toEqual({ 'KR.chinaTrade': [6, 7], 'PH.chinaTrade': [4, 5] });
  });

  politicsDeckRulings(card, 'hobo', 'hobo-tora', 'before the election while America First leads', { 'KR.chinaTrade': [6, 7], 'PH.chinaTrade': [4, 5] });
});
