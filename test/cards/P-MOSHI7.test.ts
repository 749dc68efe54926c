import { describe, expect, it } from 'vitest';
import { applyEffects } from '../../src/game/effects';
import { changed, openingGame, politicsCard, politicsDeckRulings } from '../helpers/cards';

const card = politicsCard('P-MOSHI7');
const resolve = (g: ReturnType<typeof openingGame>) => changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }));

describe("P-MOSHI7 Aid Bill Passes", () => {
  it("P-MOSHI7 eases the Ukraine signal by 1 and raises reliability by 1", () => {
    const g = openingGame();
    expect(resolve(g)).toEqual({ ukraine: [2, 1], reliability: [6, 7] });
  });

  politicsDeckRulings(card, 'moshi', 'moshi-tora', 'before the election while the election track is 0 or less', { ukraine: [2, 1], reliability: [6, 7] });
});
