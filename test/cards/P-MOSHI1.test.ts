import { describe, expect, it } from 'vitest';
import { applyEffects } from '../../src/game/effects';
import { changed, openingGame, politicsCard, politicsDeckRulings } from '../helpers/cards';

const card = politicsCard('P-MOSHI1');

describe("P-MOSHI1 What If Trump?", () => {
  it("P-MOSHI1 moves the election track +1 and reliability −1", () => {
    const g = openingGame();
    expect(changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }))).toEqual({ election: [0, 1], reliability: [6, 5] });
  });

  politicsDeckRulings(card, 'moshi', 'moshi-tora', 'before the election while the election track is 0 or less', { election: [0, 1], reliability: [6, 5] });
});
