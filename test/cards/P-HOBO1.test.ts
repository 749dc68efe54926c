import { describe, expect, it } from 'vitest';
import { applyEffects } from '../../src/game/effects';
import { changed, openingGame, politicsCard, politicsDeckRulings } from '../helpers/cards';

const card = politicsCard('P-HOBO1');

describe("P-HOBO1 Probably Trump", () => {
  it("P-HOBO1 gives each ally insurance +1", () => {
    const g = openingGame();
    expect(changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }))).toEqual({ 'JP.insurance': [0, 1], 'KR.insurance': [0, 1], 'AU.insurance': [0, 1], 'PH.insurance': [0, 1] });
  });

  it('P-HOBO1 cannot take insurance past 3', () => {
    const g = openingGame();
    g.G.actors.JP!.insurance = 3;
    const diff = changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }));
    expect(diff['JP.insurance']).toBeUndefined();
    expect(diff['KR.insurance']).toEqual([0, 1]);
  });

  politicsDeckRulings(card, 'hobo', 'hobo-tora', 'before the election while America First leads (election above 0)', { 'JP.insurance': [0, 1], 'KR.insurance': [0, 1], 'AU.insurance': [0, 1], 'PH.insurance': [0, 1] });
});
