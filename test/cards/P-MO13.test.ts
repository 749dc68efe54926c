import { describe, expect, it } from 'vitest';
import { applyEffects } from '../../src/game/effects';
import { changed, openingGame, politicsCard, politicsDeckRulings } from '../helpers/cards';

const card = politicsCard('P-MO13');
const resolve = (g: ReturnType<typeof openingGame>) => changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }));

describe("P-MO13 The Spokes Close Ranks", () => {
  it("P-MO13 raises each ally credibility by 1", () => {
    const g = openingGame();
    expect(resolve(g)).toEqual({ 'JP.credibility': [7, 8], 'KR.credibility': [6, 7], 'AU.credibility': [7, 8], 'PH.credibility': [6, 7] });
  });

  politicsDeckRulings(card, 'mo', 'mō-tora', 'only after an America First victory', { 'JP.credibility': [7, 8], 'KR.credibility': [6, 7], 'AU.credibility': [7, 8], 'PH.credibility': [6, 7] });
});
