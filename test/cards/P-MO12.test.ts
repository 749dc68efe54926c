import { describe, expect, it } from 'vitest';
import { applyEffects } from '../../src/game/effects';
import { changed, openingGame, politicsCard, politicsDeckRulings } from '../helpers/cards';

const card = politicsCard('P-MO12');
const resolve = (g: ReturnType<typeof openingGame>) => changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }));

describe("P-MO12 A Troop Floor in Law", () => {
  it("P-MO12 with the garrison at 28,500 raises reliability by 1 and leaves the troops as they are", () => {
    const g = openingGame();
    expect(resolve(g)).toEqual({ reliability: [6, 7] });
  });

  it("P-MO12 after a drawdown (24,000) brings the troops back to 28,500 — and their unit back to Korea", () => {
    const g = openingGame();
    g.G.tracks.troops = 24_000;
    expect(resolve(g)).toEqual({ troops: [24000, 28500], 'US.forces.KOR': [3, 4] });
  });

  politicsDeckRulings(card, 'mo', 'mō-tora', 'only after an America First victory', { reliability: [6, 7] });
});
