import { describe, expect, it } from 'vitest';
import { applyEffects } from '../../src/game/effects';
import { changed, openingGame, politicsCard, politicsDeckRulings } from '../helpers/cards';

const card = politicsCard('P-MOSHI6');
const resolve = (g: ReturnType<typeof openingGame>) => changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }));

describe("P-MOSHI6 Embassies Work the Hill", () => {
  it("P-MOSHI6 gives Japan and South Korea insurance +1 each, and never moves the election track", () => {
    const g = openingGame();
    expect(resolve(g)).toEqual({ 'JP.insurance': [0, 1], 'KR.insurance': [0, 1] });
  });

  it("P-MOSHI6 cannot take insurance past 3", () => {
    const g = openingGame();
    g.G.actors.JP!.insurance = 3;
    expect(resolve(g)).toEqual({ 'KR.insurance': [0, 1] });
  });

  politicsDeckRulings(card, 'moshi', 'moshi-tora', 'before the election while the election track is 0 or less', { 'JP.insurance': [0, 1], 'KR.insurance': [0, 1] });
});
