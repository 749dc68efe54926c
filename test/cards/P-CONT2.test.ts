import { describe, expect, it } from 'vitest';
import { applyEffects } from '../../src/game/effects';
import { changed, openingGame, politicsCard, politicsDeckRulings } from '../helpers/cards';

const card = politicsCard('P-CONT2');

describe("P-CONT2 Steady Hand in the Pacific", () => {
  it("P-CONT2 raises reliability +1 and order +1", () => {
    const g = openingGame();
    expect(changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }))).toEqual({ reliability: [6, 7], order: [0, 1] });
  });

  politicsDeckRulings(card, 'continuity', 'continuity', 'only after the other result', { reliability: [6, 7], order: [0, 1] });
});
