import { describe, expect, it } from 'vitest';
import { applyEffects } from '../../src/game/effects';
import { changed, openingGame, politicsCard, politicsDeckRulings } from '../helpers/cards';

const card = politicsCard('P-CONT3');

describe("P-CONT3 Congress Funds Guam", () => {
  it("P-CONT3 adds one US force in WPAC and raises reliability +1", () => {
    const g = openingGame();
    expect(changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }))).toEqual({ 'US.forces.WPAC': [3, 4], reliability: [6, 7] });
  });

  politicsDeckRulings(card, 'continuity', 'continuity', 'only after the other result', { 'US.forces.WPAC': [3, 4], reliability: [6, 7] });
});
