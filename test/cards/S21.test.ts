import { describe, expect, it } from 'vitest';
import { changed, modesOffered, openingGame, playEvent, playOps, whereIs } from '../helpers/cards';

describe('S21 Export Squeeze', () => {
  it('S21 costs economy 1 to each ally whose China trade is 6 or more (Japan and South Korea at 6; not Australia at 5 or the Philippines at 4)', () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'CN', 'S21'))).toEqual({
      'JP.economy': [6, 5],
      'KR.economy': [6, 5],
    });
    expect(whereIs(g.G, 'S21')).toBe('discard');
  });

  it('S21 hits Australia and the Philippines once their China trade reaches 6, and spares Japan below it', () => {
    const g = openingGame();
    g.G.actors.AU!.chinaTrade = 6;
    g.G.actors.PH!.chinaTrade = 9;
    g.G.actors.JP!.chinaTrade = 5;
    expect(changed(g.G, () => playEvent(g, 'CN', 'S21'))).toEqual({
      'KR.economy': [6, 5],
      'AU.economy': [7, 6],
      'PH.economy': [5, 4],
    });
  });

  it('S21 is a China event: network seats may play it only for operations', () => {
    const g = openingGame();
    expect(modesOffered(g, 'CN', 'S21')).toEqual(['event', 'ops']);
    expect(modesOffered(g, 'JP', 'S21')).toEqual(['ops']);
  });

  it('S21 played by South Korea for operations fires the China event too', () => {
    const g = openingGame();
    expect(changed(g.G, () => playOps(g, 'KR', 'S21', 'lobby'))).toEqual({
      'JP.economy': [6, 5],
      'KR.economy': [6, 5],
      'KR.insurance': [0, 1],
    });
    expect(whereIs(g.G, 'S21')).toBe('discard');
  });
});
