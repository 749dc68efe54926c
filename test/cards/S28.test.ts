import { describe, expect, it } from 'vitest';
import { changed, modesOffered, openingGame, playEvent, playOps, whereIs } from '../helpers/cards';

describe('S28 Investment Pledge', () => {
  it("S28 raises the chosen ally's economy +1 and China trade +1 but costs it credibility 1", () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'CN', 'S28', 'AU'))).toEqual({
      'AU.economy': [7, 8],
      'AU.chinaTrade': [5, 6],
      'AU.credibility': [7, 6],
    });
    expect(whereIs(g.G, 'S28')).toBe('discard');
  });

  it('S28 is a China event: network seats may play it only for operations', () => {
    const g = openingGame();
    expect(modesOffered(g, 'CN', 'S28')).toEqual(['event', 'ops']);
    expect(modesOffered(g, 'PH', 'S28')).toEqual(['ops']);
  });

  it('S28 played by the Philippines for operations fires the China event on the Philippines itself (the acting ally)', () => {
    const g = openingGame();
    expect(changed(g.G, () => playOps(g, 'PH', 'S28', 'lobby'))).toEqual({
      'PH.economy': [5, 6],
      'PH.chinaTrade': [4, 5],
      'PH.credibility': [6, 5],
      'PH.insurance': [0, 1],
    });
    expect(whereIs(g.G, 'S28')).toBe('discard');
  });

  it('S28 played by the United States for operations fires the China event on Japan (the United States is no ally)', () => {
    const g = openingGame();
    expect(changed(g.G, () => playOps(g, 'US', 'S28', 'build', 'SEA'))).toEqual({
      'JP.economy': [6, 7],
      'JP.chinaTrade': [6, 7],
      'JP.credibility': [7, 6],
      'US.forces.SEA': [0, 1],
    });
  });
});
