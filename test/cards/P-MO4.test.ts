import { describe, expect, it } from 'vitest';
import { applyEffects } from '../../src/game/effects';
import { changed, openingGame, politicsCard, politicsDeckRulings } from '../helpers/cards';

const card = politicsCard('P-MO4');

describe("P-MO4 Tariff Wall", () => {
  it("P-MO4 costs each ally economy 1", () => {
    const g = openingGame();
    expect(changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }))).toEqual({ 'JP.economy': [6, 5], 'KR.economy': [6, 5], 'AU.economy': [7, 6], 'PH.economy': [5, 4] });
  });

  it('P-MO4 is softened by lobbying insurance, ally by ally: one insurance spent for each loss cancelled', () => {
    const g = openingGame();
    g.G.actors.JP!.insurance = 1;
    g.G.actors.AU!.insurance = 3;
    expect(changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }))).toEqual({
      'JP.insurance': [1, 0], 'KR.economy': [6, 5], 'AU.insurance': [3, 2], 'PH.economy': [5, 4],
    });
  });

  politicsDeckRulings(card, 'mo', 'mō-tora', 'only after an America First victory', { 'JP.economy': [6, 5], 'KR.economy': [6, 5], 'AU.economy': [7, 6], 'PH.economy': [5, 4] });
});
