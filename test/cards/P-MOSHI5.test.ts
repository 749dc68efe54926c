import { describe, expect, it } from 'vitest';
import { applyEffects } from '../../src/game/effects';
import { changed, openingGame, politicsCard, politicsDeckRulings } from '../helpers/cards';

const card = politicsCard('P-MOSHI5');
const resolve = (g: ReturnType<typeof openingGame>) => changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }));

describe("P-MOSHI5 Troop Cuts in a Seoul Interview", () => {
  it("P-MOSHI5 costs South Korea opinion 1 and reliability 1", () => {
    const g = openingGame();
    expect(resolve(g)).toEqual({ 'KR.opinion': [6, 5], reliability: [6, 5] });
  });

  it("P-MOSHI5's blow to South Korean opinion is insurable: one point of insurance absorbs it (and is spent); reliability still falls", () => {
    const g = openingGame();
    g.G.actors.KR!.insurance = 1;
    expect(resolve(g)).toEqual({ 'KR.insurance': [1, 0], reliability: [6, 5] });
  });

  politicsDeckRulings(card, 'moshi', 'moshi-tora', 'before the election while the election track is 0 or less', { 'KR.opinion': [6, 5], reliability: [6, 5] });
});
