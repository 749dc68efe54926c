import { describe, expect, it } from 'vitest';
import { giveCards } from '../helpers/builders';
import { changed, modesOffered, openingGame, playEvent, playOps, strategyCard, whereIs } from '../helpers/cards';

const card = strategyCard('S16');

describe('S16 Five Eyes Tip-Off', () => {
  it('S16 lets the seat that plays it draw the top strategy card, and raises Australia credibility +1', () => {
    const g = openingGame();
    giveCards(g.G, 'JP', ['S16']);
    const hand = g.G.hands.JP.filter((c) => c !== 'S16');
    const top = g.G.decks.strategy.at(-1);
    expect(changed(g.G, () => playEvent(g, 'JP', 'S16'))).toEqual({ 'AU.credibility': [7, 8] });
    expect(g.G.hands.JP).toEqual([...hand, top]);
    expect(whereIs(g.G, 'S16')).toBe('discard');
  });

  it('S16 is a network event: China may play it only for operations', () => {
    const g = openingGame();
    expect(modesOffered(g, 'AU', 'S16')).toEqual(['event', 'ops']);
    expect(modesOffered(g, 'CN', 'S16')).toEqual(['ops']);
  });

  it('S16 played by China for operations fires the network event: the United States draws the card', () => {
    const g = openingGame();
    giveCards(g.G, 'CN', ['S16']);
    const usHand = [...g.G.hands.US];
    const cnHand = g.G.hands.CN.filter((c) => c !== 'S16');
    const top = g.G.decks.strategy.at(-1);
    expect(changed(g.G, () => playOps(g, 'CN', 'S16', 'pressure', 'OCE'))).toEqual({
      'AU.credibility': [7, 8],
      'tension.OCE': [1, 1 + Math.ceil(card.ops / 2)],
    });
    expect(g.G.hands.US).toEqual([...usHand, top]);
    expect(g.G.hands.CN).toEqual(cnHand);
    expect(whereIs(g.G, 'S16')).toBe('discard');
  });
});
