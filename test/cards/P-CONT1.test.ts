import { describe, expect, it } from 'vitest';
import { applyEffects } from '../../src/game/effects';
import { changed, openingGame, politicsCard, politicsDeckRulings } from '../helpers/cards';

const card = politicsCard('P-CONT1');

describe("P-CONT1 Buy American", () => {
  it("P-CONT1 costs each ally economy 1", () => {
    const g = openingGame();
    expect(changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }))).toEqual({ 'JP.economy': [6, 5], 'KR.economy': [6, 5], 'AU.economy': [7, 6], 'PH.economy': [5, 4] });
  });

  it('P-CONT1 is softened by lobbying insurance', () => {
    const g = openingGame();
    g.G.actors.KR!.insurance = 2;
    expect(changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }))).toEqual({
      'JP.economy': [6, 5], 'KR.insurance': [2, 1], 'AU.economy': [7, 6], 'PH.economy': [5, 4],
    });
  });

  politicsDeckRulings(card, 'continuity', 'continuity', 'only after the other result', { 'JP.economy': [6, 5], 'KR.economy': [6, 5], 'AU.economy': [7, 6], 'PH.economy': [5, 4] });
});
