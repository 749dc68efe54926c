import { describe, expect, it } from 'vitest';
import { applyEffects } from '../../src/game/effects';
import { proposableAlliances } from '../../src/game/ops';
import { changed, openingGame, politicsCard, politicsDeckRulings } from '../helpers/cards';

const card = politicsCard('P-MO6');

describe("P-MO6 Submarines Kept at Home", () => {
  it("P-MO6 gives Australia the subsRefused flag and costs it opinion 1", () => {
    const g = openingGame();
    expect(changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }))).toEqual({ 'AU.flags': ['', 'subsRefused'], 'AU.opinion': [6, 5] });
  });

  it('P-MO6 is softened by Australia\'s lobbying insurance, but the refusal stands', () => {
    const g = openingGame();
    g.G.actors.AU!.insurance = 1;
    expect(changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }))).toEqual({
      'AU.flags': ['', 'subsRefused'], 'AU.insurance': [1, 0],
    });
  });

  it('P-MO6 stops AUKUS upgrades until the refusal is lifted', () => {
    const g = openingGame();
    expect(proposableAlliances(g.G, 'AU', 4)).toContain('A-AUKUS');
    applyEffects(g.G, card.effects, { source: card.id, rng: g.rng });
    expect(proposableAlliances(g.G, 'AU', 4)).not.toContain('A-AUKUS');
    expect(proposableAlliances(g.G, 'US', 4)).not.toContain('A-AUKUS');
  });

  politicsDeckRulings(card, 'mo', 'mō-tora', 'only after an America First victory', { 'AU.flags': ['', 'subsRefused'], 'AU.opinion': [6, 5] });
});
