import { describe, expect, it } from 'vitest';
import { applyEffects } from '../../src/game/effects';
import { changed, openingGame, politicsCard, politicsDeckRulings } from '../helpers/cards';

const card = politicsCard('P-HOBO2');

describe("P-HOBO2 Late Swing", () => {
  it("P-HOBO2 moves the election track −1", () => {
    const g = openingGame();
    expect(changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }))).toEqual({ election: [0, -1] });
  });

  politicsDeckRulings(card, 'hobo', 'hobo-tora', 'before the election while America First leads (election above 0)', { election: [1, 0] });
});
