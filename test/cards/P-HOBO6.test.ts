import { describe, expect, it } from 'vitest';
import { applyEffects } from '../../src/game/effects';
import { changed, openingGame, politicsCard, politicsDeckRulings } from '../helpers/cards';

const card = politicsCard('P-HOBO6');
const resolve = (g: ReturnType<typeof openingGame>) => changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }));

describe("P-HOBO6 Courtroom Drama", () => {
  it("P-HOBO6 moves the election track −1 and reliability −1", () => {
    const g = openingGame();
    expect(resolve(g)).toEqual({ election: [0, -1], reliability: [6, 5] });
  });

  politicsDeckRulings(card, 'hobo', 'hobo-tora', 'before the election while America First leads', { election: [1, 0], reliability: [6, 5] });
});
