import { describe, expect, it } from 'vitest';
import { changed, modesOffered, openingGame, playEvent, playOps, strategyCard, whereIs } from '../helpers/cards';

describe("S40 Shipyards Fall Behind", () => {
  it("S40 with AUKUS at level 1 feeds the doubters: Australia opinion −1 and reliability −1", () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'CN', 'S40'))).toEqual({
      'AU.opinion': [6, 5],
      reliability: [6, 5],
    });
    expect(whereIs(g.G, 'S40')).toBe('discard');
  });

  it("S40 with AUKUS at level 2 or more: Australia pays to speed the yards up, defence +1 and economy −1", () => {
    const g = openingGame();
    g.G.alliances['A-AUKUS']!.level = 2;
    expect(changed(g.G, () => playEvent(g, 'PH', 'S40'))).toEqual({
      'AU.defence': [20, 21],
      'AU.economy': [7, 6],
    });
  });

  it('S40 is neutral: China and every network seat may play it for its event', () => {
    const g = openingGame();
    for (const seat of ['US', 'CN', 'JP', 'KR', 'AU', 'PH'] as const) expect(modesOffered(g, seat, 'S40')).toEqual(['event', 'ops']);
  });

  it('S40 played for operations does not fire its event, whoever plays it', () => {
    const g = openingGame();
    expect(changed(g.G, () => playOps(g, 'JP', 'S40', 'lobby'))).toEqual({ 'JP.insurance': [0, 1] });
    expect(whereIs(g.G, 'S40')).toBe('discard');
    const h = openingGame();
    expect(changed(h.G, () => playOps(h, 'CN', 'S40', 'pressure', 'OCE'))).toEqual({ 'tension.OCE': [1, 1 + Math.ceil(strategyCard('S40').ops / 2)] });
  });
});
