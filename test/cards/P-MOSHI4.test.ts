import { describe, expect, it } from 'vitest';
import { applyEffects } from '../../src/game/effects';
import { changed, openingGame, politicsCard, politicsDeckRulings } from '../helpers/cards';

const card = politicsCard('P-MOSHI4');
const resolve = (g: ReturnType<typeof openingGame>) => changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }));

describe("P-MOSHI4 Primary Sweep", () => {
  it("P-MOSHI4 moves the election track +1 and nothing else", () => {
    const g = openingGame();
    expect(resolve(g)).toEqual({ election: [0, 1] });
  });

  politicsDeckRulings(card, 'moshi', 'moshi-tora', 'before the election while the election track is 0 or less', { election: [0, 1] });
});
