import { describe, expect, it } from 'vitest';
import { applyEffects } from '../../src/game/effects';
import { changed, openingGame, politicsCard, politicsDeckRulings } from '../helpers/cards';

const card = politicsCard('P-HOBO5');
const resolve = (g: ReturnType<typeof openingGame>) => changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }));

describe("P-HOBO5 A Tariff on Everything", () => {
  it("P-HOBO5 costs each ally economy 1 and moves the election track +1", () => {
    const g = openingGame();
    expect(resolve(g)).toEqual({ 'JP.economy': [6, 5], 'KR.economy': [6, 5], 'AU.economy': [7, 6], 'PH.economy': [5, 4], election: [0, 1] });
  });

  it("P-HOBO5's tariffs are insurable: Japan with insurance 2 loses no economy and spends 1 insurance", () => {
    const g = openingGame();
    g.G.actors.JP!.insurance = 2;
    expect(resolve(g)).toEqual({ 'JP.insurance': [2, 1], 'KR.economy': [6, 5], 'AU.economy': [7, 6], 'PH.economy': [5, 4], election: [0, 1] });
  });

  politicsDeckRulings(card, 'hobo', 'hobo-tora', 'before the election while America First leads', { 'JP.economy': [6, 5], 'KR.economy': [6, 5], 'AU.economy': [7, 6], 'PH.economy': [5, 4], election: [1, 2] });
});
