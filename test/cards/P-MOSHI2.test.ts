import { describe, expect, it } from 'vitest';
import { applyEffects } from '../../src/game/effects';
import { changed, openingGame, politicsCard, politicsDeckRulings } from '../helpers/cards';

const card = politicsCard('P-MOSHI2');

describe("P-MOSHI2 Aid Stalled in Congress", () => {
  it("P-MOSHI2 moves the Ukraine signal +1 and reliability −1", () => {
    const g = openingGame();
    expect(changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }))).toEqual({ ukraine: [2, 3], reliability: [6, 5] });
  });

  politicsDeckRulings(card, 'moshi', 'moshi-tora', 'before the election while the election track is 0 or less', { ukraine: [2, 3], reliability: [6, 5] });
});
