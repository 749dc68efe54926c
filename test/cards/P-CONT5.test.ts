import { describe, expect, it } from 'vitest';
import { applyEffects } from '../../src/game/effects';
import { changed, openingGame, politicsCard, politicsDeckRulings } from '../helpers/cards';

const card = politicsCard('P-CONT5');

describe("P-CONT5 Gridlock in Washington", () => {
  it("P-CONT5 moves the Ukraine signal +1 and reliability −1", () => {
    const g = openingGame();
    expect(changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }))).toEqual({ ukraine: [2, 3], reliability: [6, 5] });
  });

  politicsDeckRulings(card, 'continuity', 'continuity', 'only after the other result', { ukraine: [2, 3], reliability: [6, 5] });
});
