import { describe, expect, it } from 'vitest';
import { applyEffects } from '../../src/game/effects';
import { changed, openingGame, politicsCard, politicsDeckRulings } from '../helpers/cards';

const card = politicsCard('P-CONT4');

describe("P-CONT4 Quiet Help for Taiwan", () => {
  it("P-CONT4 raises Taiwan's defence by 1", () => {
    const g = openingGame();
    expect(changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }))).toEqual({ taiwanDefence: [25, 26] });
  });

  politicsDeckRulings(card, 'continuity', 'continuity', 'only after the other result', { taiwanDefence: [25, 26] });
});
