import { describe, expect, it } from 'vitest';
import { changed, modesOffered, openingGame, playEvent, playOps, whereIs } from '../helpers/cards';

describe('S32 Port Deal in the South', () => {
  it("S32 raises the Philippines' and Thailand's China trade by 1 each", () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'CN', 'S32'))).toEqual({
      'PH.chinaTrade': [4, 5],
      'TH.chinaTrade': [6, 7],
    });
    expect(whereIs(g.G, 'S32')).toBe('discard');
  });

  it('S32 is a China event: network seats may play it only for operations', () => {
    const g = openingGame();
    expect(modesOffered(g, 'CN', 'S32')).toEqual(['event', 'ops']);
    expect(modesOffered(g, 'US', 'S32')).toEqual(['ops']);
    expect(modesOffered(g, 'KR', 'S32')).toEqual(['ops']);
  });

  it('S32 played by South Korea for operations fires the China event too', () => {
    const g = openingGame();
    expect(changed(g.G, () => playOps(g, 'KR', 'S32', 'lobby'))).toEqual({
      'PH.chinaTrade': [4, 5],
      'TH.chinaTrade': [6, 7],
      'KR.insurance': [0, 1],
    });
    expect(whereIs(g.G, 'S32')).toBe('discard');
  });
});
