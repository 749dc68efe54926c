import { describe, expect, it } from 'vitest';
import { applyEffects } from '../../src/game/effects';
import { changed, openingGame, politicsCard, politicsDeckRulings } from '../helpers/cards';

const card = politicsCard('P-CONT6');

describe("P-CONT6 Merger Veto", () => {
  it("P-CONT6 costs Japan economy 1 and reliability 1", () => {
    const g = openingGame();
    expect(changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }))).toEqual({ 'JP.economy': [6, 5], reliability: [6, 5] });
  });

  it('P-CONT6 is softened by Japan\'s lobbying insurance; reliability still falls', () => {
    const g = openingGame();
    g.G.actors.JP!.insurance = 1;
    expect(changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }))).toEqual({
      'JP.insurance': [1, 0], reliability: [6, 5],
    });
  });

  politicsDeckRulings(card, 'continuity', 'continuity', 'only after the other result', { 'JP.economy': [6, 5], reliability: [6, 5] });
});
