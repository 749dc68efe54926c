import { describe, expect, it } from 'vitest';
import { applyEffects } from '../../src/game/effects';
import { changed, openingGame, politicsCard, politicsDeckRulings } from '../helpers/cards';

const card = politicsCard('P-MO10');

describe("P-MO10 Host-Nation Cost Deal", () => {
  it("P-MO10 with South Korea's defence below 30 costs South Korea economy 1", () => {
    const g = openingGame();
    expect(changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }))).toEqual({ 'KR.economy': [6, 5] });
  });

  it('P-MO10 with South Korea\'s defence at 30 brings 4,500 more US troops to Korea instead', () => {
    const g = openingGame();
    g.G.actors.KR!.defence = 30;
    const { 'US.forces.KOR': _forces, ...diff } = changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }));
    expect(diff).toEqual({ troops: [28500, 33000] });
  });

  it('P-MO10 adding troops never takes away the American forces already built in Korea', () => {
    const g = openingGame();
    g.G.actors.KR!.defence = 30;
    g.G.actors.US!.forces.KOR = 5;
    applyEffects(g.G, card.effects, { source: card.id, rng: g.rng });
    expect(g.G.actors.US!.forces.KOR).toBeGreaterThanOrEqual(5);
  });

  it('P-MO10 is softened by South Korea\'s lobbying insurance', () => {
    const g = openingGame();
    g.G.actors.KR!.insurance = 1;
    expect(changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }))).toEqual({ 'KR.insurance': [1, 0] });
  });

  politicsDeckRulings(card, 'mo', 'mō-tora', 'only after an America First victory', { 'KR.economy': [6, 5] });
});
