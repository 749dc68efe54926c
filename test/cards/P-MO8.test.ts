import { describe, expect, it } from 'vitest';
import { applyEffects } from '../../src/game/effects';
import { changed, openingGame, politicsCard, politicsDeckRulings } from '../helpers/cards';

const card = politicsCard('P-MO8');

describe("P-MO8 Taiwan Support Out Loud", () => {
  it("P-MO8 raises tension in TWN by 2 and Taiwan's defence by 1", () => {
    const g = openingGame();
    expect(changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }))).toEqual({ 'tension.TWN': [5, 7], taiwanDefence: [25, 26] });
  });

  politicsDeckRulings(card, 'mo', 'mō-tora', 'only after an America First victory', { 'tension.TWN': [5, 7], taiwanDefence: [25, 26] });
});
