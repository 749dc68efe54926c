import { describe, expect, it } from 'vitest';
import { changed, modesOffered, openingGame, playEvent, playOps, whereIs } from '../helpers/cards';

describe('S24 Friendly Terms for Bangkok', () => {
  it("S24 raises Thailand's China trade by 2, adds a Chinese force in SEA, moves order −1 and leaves the game (a one-off deal)", () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'CN', 'S24'))).toEqual({
      'TH.chinaTrade': [6, 8],
      'CN.forces.SEA': [1, 2],
      order: [0, -1],
    });
    expect(whereIs(g.G, 'S24')).toBe('removed');
  });

  it('S24 is a China event: network seats may play it only for operations', () => {
    const g = openingGame();
    expect(modesOffered(g, 'CN', 'S24')).toEqual(['event', 'ops']);
    expect(modesOffered(g, 'US', 'S24')).toEqual(['ops']);
    expect(modesOffered(g, 'KR', 'S24')).toEqual(['ops']);
  });

  it('S24 played by South Korea for operations fires the China event too, and goes to the discard (removed only when played for its event)', () => {
    const g = openingGame();
    expect(changed(g.G, () => playOps(g, 'KR', 'S24', 'lobby'))).toEqual({
      'TH.chinaTrade': [6, 8],
      'CN.forces.SEA': [1, 2],
      order: [0, -1],
      'KR.insurance': [0, 1],
    });
    expect(whereIs(g.G, 'S24')).toBe('discard');
  });
});
