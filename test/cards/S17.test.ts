import { describe, expect, it } from 'vitest';
import { changed, modesOffered, openingGame, playEvent, playOps, strategyCard, whereIs } from '../helpers/cards';

const card = strategyCard('S17');

describe('S17 Taipei Passes a Bigger Budget', () => {
  it("S17 raises Taiwan's defence by 2 (from 2.5% to 2.7% of GDP)", () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'US', 'S17'))).toEqual({ taiwanDefence: [25, 27] });
    expect(whereIs(g.G, 'S17')).toBe('discard');
  });

  it("S17 cannot take Taiwan's defence past 60", () => {
    const g = openingGame();
    g.G.tracks.taiwanDefence = 59;
    expect(changed(g.G, () => playEvent(g, 'KR', 'S17'))).toEqual({ taiwanDefence: [59, 60] });
  });

  it("S17 taking Taiwan to 30 (its 3% target) adds no unit itself: the budget fields it at the Home front (6.5)", () => {
    const g = openingGame();
    g.G.tracks.taiwanDefence = 28;
    expect(changed(g.G, () => playEvent(g, 'US', 'S17'))).toEqual({ taiwanDefence: [28, 30] });
  });

  it('S17 is a network event: China may play it only for operations', () => {
    const g = openingGame();
    expect(modesOffered(g, 'PH', 'S17')).toEqual(['event', 'ops']);
    expect(modesOffered(g, 'CN', 'S17')).toEqual(['ops']);
  });

  it('S17 played by China for operations fires the network event too', () => {
    const g = openingGame();
    expect(changed(g.G, () => playOps(g, 'CN', 'S17', 'pressure', 'OCE'))).toEqual({
      taiwanDefence: [25, 27],
      'tension.OCE': [1, 1 + Math.ceil(card.ops / 2)],
    });
    expect(whereIs(g.G, 'S17')).toBe('discard');
  });
});
