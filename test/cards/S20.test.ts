import { describe, expect, it } from 'vitest';
import { changed, modesOffered, openingGame, playEvent, playOps, whereIs } from '../helpers/cards';

describe('S20 Biggest Trading Partner', () => {
  it("S20 raises the chosen ally's China trade +1 and economy +1, and moves order −1 when that takes it to the hedging line (South Korea, 6 → 7)", () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'CN', 'S20', 'KR'))).toEqual({
      'KR.chinaTrade': [6, 7],
      'KR.economy': [6, 7],
      order: [0, -1],
    });
    expect(whereIs(g.G, 'S20')).toBe('discard');
  });

  it('S20 is a China event: network seats may play it only for operations', () => {
    const g = openingGame();
    expect(modesOffered(g, 'CN', 'S20')).toEqual(['event', 'ops']);
    expect(modesOffered(g, 'AU', 'S20')).toEqual(['ops']);
  });

  it('S20 played by South Korea for operations fires the China event on South Korea itself (the acting ally)', () => {
    const g = openingGame();
    expect(changed(g.G, () => playOps(g, 'KR', 'S20', 'lobby'))).toEqual({
      'KR.chinaTrade': [6, 7],
      'KR.economy': [6, 7],
      order: [0, -1],
      'KR.insurance': [0, 1],
    });
    expect(whereIs(g.G, 'S20')).toBe('discard');
  });

  it('S20 played by the United States for operations fires the China event on Japan (the United States is no ally)', () => {
    const g = openingGame();
    expect(changed(g.G, () => playOps(g, 'US', 'S20', 'reassure'))).toEqual({
      'JP.chinaTrade': [6, 7],
      'JP.economy': [6, 7],
      order: [0, -1],
      reliability: [6, 7],
      'US.credibility': [6, 7],
    });
  });

  it('S20 played by China to coerce Japan (China trade 6) costs Japan economy 2 and opinion 1 (4.10), and no event', () => {
    const g = openingGame();
    expect(changed(g.G, () => playOps(g, 'CN', 'S20', 'coerce', 'JP'))).toEqual({
      'JP.economy': [6, 4],
      'JP.opinion': [6, 5],
    });
  });

  it("S20 on an ally that stays below the hedging line (Australia, 5 → 6) moves no order", () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'CN', 'S20', 'AU'))).toEqual({
      'AU.chinaTrade': [5, 6],
      'AU.economy': [7, 8],
    });
  });
});
