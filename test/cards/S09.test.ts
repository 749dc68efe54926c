import { describe, expect, it } from 'vitest';
import { changed, modesOffered, openingGame, playEvent, playOps, strategyCard, whereIs } from '../helpers/cards';

const card = strategyCard('S09');

describe('S09 Congress and a Car Plant', () => {
  it('S09 gives Japan insurance +2 and reliability +1, and never moves the election track', () => {
    const g = openingGame();
    expect(card.usDomestic).toBe(false);
    expect(changed(g.G, () => playEvent(g, 'JP', 'S09'))).toEqual({
      'JP.insurance': [0, 2],
      reliability: [6, 7],
    });
    expect(whereIs(g.G, 'S09')).toBe('discard');
  });

  it('S09 cannot take insurance past 3', () => {
    const g = openingGame();
    g.G.actors.JP!.insurance = 2;
    expect(changed(g.G, () => playEvent(g, 'US', 'S09'))).toEqual({
      'JP.insurance': [2, 3],
      reliability: [6, 7],
    });
  });

  it('S09 is a network event: China may play it only for operations', () => {
    const g = openingGame();
    expect(modesOffered(g, 'JP', 'S09')).toEqual(['event', 'ops']);
    expect(modesOffered(g, 'CN', 'S09')).toEqual(['ops']);
  });

  it('S09 played by China for operations fires the network event too', () => {
    const g = openingGame();
    expect(changed(g.G, () => playOps(g, 'CN', 'S09', 'pressure', 'OCE'))).toEqual({
      'JP.insurance': [0, 2],
      reliability: [6, 7],
      'tension.OCE': [1, 1 + Math.ceil(card.ops / 2)],
    });
    expect(whereIs(g.G, 'S09')).toBe('discard');
  });
});
