import { describe, expect, it } from 'vitest';
import { applyEffects } from '../../src/game/effects';
import { changed, openingGame, politicsCard, politicsDeckRulings } from '../helpers/cards';

const card = politicsCard('P-HOBO8');
const resolve = (g: ReturnType<typeof openingGame>) => changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }));

describe("P-HOBO8 Continuity, Say the Advisers", () => {
  it("P-HOBO8 raises reliability +1 and Japan insurance +1", () => {
    const g = openingGame();
    expect(resolve(g)).toEqual({ reliability: [6, 7], 'JP.insurance': [0, 1] });
  });

  politicsDeckRulings(card, 'hobo', 'hobo-tora', 'before the election while America First leads', { reliability: [6, 7], 'JP.insurance': [0, 1] });
});
