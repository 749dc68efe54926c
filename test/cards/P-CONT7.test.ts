import { describe, expect, it } from 'vitest';
import { applyEffects } from '../../src/game/effects';
import { changed, openingGame, politicsCard, politicsDeckRulings } from '../helpers/cards';

const card = politicsCard('P-CONT7');
const resolve = (g: ReturnType<typeof openingGame>) => changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }));

describe("P-CONT7 Attention Pulled Elsewhere", () => {
  it("P-CONT7 takes a US force out of WPAC and costs reliability 1", () => {
    const g = openingGame();
    expect(resolve(g)).toEqual({ 'US.forces.WPAC': [3, 2], reliability: [6, 5] });
  });

  politicsDeckRulings(card, 'continuity', 'continuity', 'only after the other result', { 'US.forces.WPAC': [3, 2], reliability: [6, 5] });
});
