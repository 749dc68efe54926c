import { describe, expect, it } from 'vitest';
import { changed, modesOffered, openingGame, playEvent, playOps, whereIs } from '../helpers/cards';

describe('S23 Reviving Old Fears', () => {
  it("S23 with Japan's defence below 20 costs Japan opinion 1", () => {
    const g = openingGame();
    g.G.actors.JP!.defence = 19;
    expect(changed(g.G, () => playEvent(g, 'CN', 'S23'))).toEqual({ 'JP.opinion': [6, 5] });
    expect(whereIs(g.G, 'S23')).toBe('discard');
  });

  it("S23 with Japan's defence at 20 costs South Korea and the Philippines opinion 1 each and order −1", () => {
    const g = openingGame();
    g.G.actors.JP!.defence = 20;
    expect(changed(g.G, () => playEvent(g, 'CN', 'S23'))).toEqual({
      'KR.opinion': [6, 5],
      'PH.opinion': [6, 5],
      order: [0, -1],
    });
  });

  it('S23 is a China event: network seats may play it only for operations', () => {
    const g = openingGame();
    expect(modesOffered(g, 'CN', 'S23')).toEqual(['event', 'ops']);
    expect(modesOffered(g, 'PH', 'S23')).toEqual(['ops']);
  });

  it('S23 played by South Korea for operations fires the China event too', () => {
    const g = openingGame();
    expect(changed(g.G, () => playOps(g, 'KR', 'S23', 'lobby'))).toEqual({
      'JP.opinion': [6, 5],
      'KR.insurance': [0, 1],
    });
    expect(whereIs(g.G, 'S23')).toBe('discard');
  });
});
