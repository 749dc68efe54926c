import { describe, expect, it } from 'vitest';
import { changed, modesOffered, openingGame, playEvent, playOps, whereIs } from '../helpers/cards';

describe('S31 Drills Encircle Taiwan', () => {
  it('S31 raises tension in TWN by 2, moves order −1 and leaves the game (a named one-off drill)', () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'CN', 'S31'))).toEqual({
      'tension.TWN': [5, 7],
      order: [0, -1],
    });
    expect(whereIs(g.G, 'S31')).toBe('removed');
  });

  it('S31 is a China event: network seats may play it only for operations', () => {
    const g = openingGame();
    expect(modesOffered(g, 'CN', 'S31')).toEqual(['event', 'ops']);
    expect(modesOffered(g, 'US', 'S31')).toEqual(['ops']);
    expect(modesOffered(g, 'KR', 'S31')).toEqual(['ops']);
  });

  it('S31 played by South Korea for operations fires the China event too, and goes to the discard (removed only when played for its event)', () => {
    const g = openingGame();
    expect(changed(g.G, () => playOps(g, 'KR', 'S31', 'lobby'))).toEqual({
      'tension.TWN': [5, 7],
      order: [0, -1],
      'KR.insurance': [0, 1],
    });
    expect(whereIs(g.G, 'S31')).toBe('discard');
  });
});
