import { describe, expect, it } from 'vitest';
import { POLITICS_DECKS, liveDeck } from '../../src/game';
import { applyEffects } from '../../src/game/effects';
import { nuclearAllowed } from '../../src/game/home-front';
import { agendaHolds } from '../../src/game/scoring';
import { changed, headlineDrawn, makeLive, openingGame, politicsCard } from '../helpers/cards';

const card = politicsCard('P-MO1');

describe("P-MO1 Drawdown from Korea", () => {
  it("P-MO1 draws the US garrison in Korea down by 4,500 troops, lowers reliability −1 and South Korea credibility −1", () => {
    const g = openingGame();
    const { 'US.forces.KOR': _forces, ...diff } = changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }));
    expect(diff).toEqual({ troops: [28500, 24000], reliability: [6, 5], 'KR.credibility': [6, 5] });
  });

  it('P-MO1 is softened by South Korea\'s lobbying insurance: no credibility lost, one insurance spent', () => {
    const g = openingGame();
    g.G.actors.KR!.insurance = 1;
    const { 'US.forces.KOR': _forces, ...diff } = changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }));
    expect(diff).toEqual({ troops: [28500, 24000], reliability: [6, 5], 'KR.insurance': [1, 0] });
  });

  it('P-MO1 twice (28,500 → 19,500 troops) takes one US unit out of Korea: every 9,500 troops is one unit', () => {
    const g = openingGame();
    applyEffects(g.G, card.effects, { source: card.id, rng: g.rng });
    applyEffects(g.G, card.effects, { source: card.id, rng: g.rng });
    expect(g.G.tracks.troops).toBe(19_500);
    expect(g.G.actors.US!.forces.KOR).toBe(2);
  });

  it('P-MO1 takes the troops below 28,500: South Korea\'s nuclear option opens and its agenda G-KR1 no longer holds', () => {
    const g = openingGame();
    g.G.agendas.KR = 'G-KR1';
    expect(nuclearAllowed(g.G, 'KR')).toBe(false);
    expect(agendaHolds(g.G, 'KR')).toBe(true);
    applyEffects(g.G, card.effects, { source: card.id, rng: g.rng });
    expect(nuclearAllowed(g.G, 'KR')).toBe(true);
    expect(agendaHolds(g.G, 'KR')).toBe(false);
  });

  it("P-MO1 belongs to the mō-tora deck, live only after an America First victory: drawn and resolved at Headlines when that deck is live", () => {
    expect(card.deck).toBe('mo');
    const g = openingGame();
    makeLive(g.G, 'mo');
    expect(liveDeck(g.G)).toBe('mo');
    let drawn: string | undefined;
    const { 'US.forces.KOR': _forces, ...diff } = changed(g.G, () => { drawn = headlineDrawn(g, card.id); });
    expect(drawn).toBe(card.id);
    expect(diff).toEqual({ troops: [28500, 24000], reliability: [6, 5], 'KR.credibility': [6, 5] });
    expect(g.G.decks.politicsDiscard['mo']).toContain(card.id);
  });

  it("P-MO1 is never drawn while another politics deck is live", () => {
    for (const deck of POLITICS_DECKS.filter((d) => d !== 'mo')) {
      const g = openingGame();
      makeLive(g.G, deck);
      expect(liveDeck(g.G)).toBe(deck);
      expect(headlineDrawn(g, card.id)).not.toBe(card.id);
      expect(g.G.decks.politics['mo'].at(-1)).toBe(card.id);
    }
  });
});
