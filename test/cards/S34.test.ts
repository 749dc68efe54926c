import { describe, expect, it } from 'vitest';
import { changed, modesOffered, openingGame, playEvent, playOps, strategyCard, whereIs } from '../helpers/cards';

describe("S34 Bipartisan Defence Bill", () => {
  it("S34 is an American domestic event: election −1 (the incumbent party gains) and reliability +1", () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'JP', 'S34'))).toEqual({
      election: [0, -1],
      reliability: [6, 7],
    });
    expect(whereIs(g.G, 'S34')).toBe('discard');
  });

  it('S34 is marked an American domestic event, the only kind of strategy card that may move the election track', () => {
    expect(strategyCard('S34').usDomestic).toBe(true);
  });

  it('S34 is neutral: China and every network seat may play it for its event', () => {
    const g = openingGame();
    for (const seat of ['US', 'CN', 'JP', 'KR', 'AU', 'PH'] as const) expect(modesOffered(g, seat, 'S34')).toEqual(['event', 'ops']);
  });

  it('S34 played for operations does not fire its event, whoever plays it', () => {
    const g = openingGame();
    expect(changed(g.G, () => playOps(g, 'JP', 'S34', 'lobby'))).toEqual({ 'JP.insurance': [0, 1] });
    expect(whereIs(g.G, 'S34')).toBe('discard');
    const h = openingGame();
    expect(changed(h.G, () => playOps(h, 'CN', 'S34', 'pressure', 'OCE'))).toEqual({ 'tension.OCE': [1, 1 + Math.ceil(strategyCard('S34').ops / 2)] });
  });
});
