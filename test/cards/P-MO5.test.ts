import { describe, expect, it } from 'vitest';
import { applyEffects } from '../../src/game/effects';
import { changed, openingGame, politicsCard, politicsDeckRulings } from '../helpers/cards';

const card = politicsCard('P-MO5');

describe("P-MO5 Pay More or Else", () => {
  it("P-MO5 raises each ally defence +1 but costs each ally opinion 1, and raises Taiwan's defence by 2", () => {
    const g = openingGame();
    expect(changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }))).toEqual({ 'JP.defence': [16, 17], 'KR.defence': [28, 29], 'AU.defence': [20, 21], 'PH.defence': [13, 14], 'JP.opinion': [6, 5], 'KR.opinion': [6, 5], 'AU.opinion': [6, 5], 'PH.opinion': [6, 5], taiwanDefence: [25, 27] });
  });

  it('P-MO5 is softened by lobbying insurance: the opinion loss is cancelled, the defence gain stays', () => {
    const g = openingGame();
    g.G.actors.PH!.insurance = 1;
    const diff = changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }));
    expect(diff['PH.opinion']).toBeUndefined();
    expect(diff['PH.insurance']).toEqual([1, 0]);
    expect(diff['PH.defence']).toEqual([13, 14]);
    expect(diff['JP.opinion']).toEqual([6, 5]);
  });

  politicsDeckRulings(card, 'mo', 'mō-tora', 'only after an America First victory', { 'JP.defence': [16, 17], 'KR.defence': [28, 29], 'AU.defence': [20, 21], 'PH.defence': [13, 14], 'JP.opinion': [6, 5], 'KR.opinion': [6, 5], 'AU.opinion': [6, 5], 'PH.opinion': [6, 5], taiwanDefence: [25, 27] });
});
