import { describe, expect, it } from 'vitest';
import { applyEffects } from '../../src/game/effects';
import { changed, openingGame, politicsCard, politicsDeckRulings } from '../helpers/cards';

const card = politicsCard('P-HOBO3');

describe("P-HOBO3 Europe First in the Line of Fire", () => {
  it("P-HOBO3 moves the Ukraine signal +1 and the election track +1", () => {
    const g = openingGame();
    expect(changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }))).toEqual({ ukraine: [2, 3], election: [0, 1] });
  });

  politicsDeckRulings(card, 'hobo', 'hobo-tora', 'before the election while America First leads (election above 0)', { ukraine: [2, 3], election: [1, 2] });
});
