import { describe, expect, it } from 'vitest';
import { changed, modesOffered, openingGame, playEvent, playOps, strategyCard, whereIs } from '../helpers/cards';

describe("S33 Rally in a Swing State", () => {
  it("S33 is an American domestic event: election +1 (America First gains) and reliability −1", () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'CN', 'S33'))).toEqual({
      election: [0, 1],
      reliability: [6, 5],
    });
    expect(whereIs(g.G, 'S33')).toBe('discard');
  });

  it('S33 is marked an American domestic event, the only kind of strategy card that may move the election track', () => {
    expect(strategyCard('S33').usDomestic).toBe(true);
  });

  it('S33 is neutral: China and every network seat may play it for its event', () => {
    const g = openingGame();
    for (const seat of ['US', 'CN', 'JP', 'KR', 'AU', 'PH'] as const) expect(modesOffered(g, seat, 'S33')).toEqual(['event', 'ops']);
  });

  it('S33 played for operations does not fire its event, whoever plays it', () => {
    const g = openingGame();
    expect(changed(g.G, () => playOps(g, 'JP', 'S33', 'lobby'))).toEqual({ 'JP.insurance': [0, 1] });
    expect(whereIs(g.G, 'S33')).toBe('discard');
    const h = openingGame();
    expect(changed(h.G, () => playOps(h, 'CN', 'S33', 'pressure', 'OCE'))).toEqual({ 'tension.OCE': [1, 1 + Math.ceil(strategyCard('S33').ops / 2)] });
  });
});
