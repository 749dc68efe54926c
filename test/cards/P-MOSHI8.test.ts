import { describe, expect, it } from 'vitest';
import { applyEffects } from '../../src/game/effects';
import { changed, openingGame, politicsCard, politicsDeckRulings } from '../helpers/cards';

const card = politicsCard('P-MOSHI8');
const resolve = (g: ReturnType<typeof openingGame>) => changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }));

describe("P-MOSHI8 China First, Says the Challenger", () => {
  it("P-MOSHI8 moves the election track +1 and reliability +1 (America First says China is its rival)", () => {
    const g = openingGame();
    expect(resolve(g)).toEqual({ election: [0, 1], reliability: [6, 7] });
  });

  politicsDeckRulings(card, 'moshi', 'moshi-tora', 'before the election while the election track is 0 or less', { election: [0, 1], reliability: [6, 7] });
});
