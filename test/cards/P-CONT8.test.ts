import { describe, expect, it } from 'vitest';
import { applyEffects } from '../../src/game/effects';
import { changed, openingGame, politicsCard, politicsDeckRulings } from '../helpers/cards';

const card = politicsCard('P-CONT8');
const resolve = (g: ReturnType<typeof openingGame>) => changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }));

describe("P-CONT8 Guardrails with Beijing", () => {
  it("P-CONT8 eases tension in TWN by 1, raises China economy by 1 and Japan's and South Korea's China trade by 1", () => {
    const g = openingGame();
    expect(resolve(g)).toEqual({ 'tension.TWN': [5, 4], 'CN.economy': [7, 8], 'JP.chinaTrade': [6, 7], 'KR.chinaTrade': [6, 7] });
  });

  politicsDeckRulings(card, 'continuity', 'continuity', 'only after the other result', { 'tension.TWN': [5, 4], 'CN.economy': [7, 8], 'JP.chinaTrade': [6, 7], 'KR.chinaTrade': [6, 7] });
});
