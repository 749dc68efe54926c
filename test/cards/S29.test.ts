import { describe, expect, it } from 'vitest';
import { changed, modesOffered, openingGame, playEvent, playOps, whereIs } from '../helpers/cards';

describe('S29 Steel Deal Blocked', () => {
  it('S29 costs Japan economy 1 and reliability 1', () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'CN', 'S29'))).toEqual({
      'JP.economy': [6, 5],
      reliability: [6, 5],
    });
    expect(whereIs(g.G, 'S29')).toBe('discard');
  });

  it("S29 is softened by Japan's lobbying insurance: the economy loss is cancelled and one insurance spent; reliability still falls", () => {
    const g = openingGame();
    g.G.actors.JP!.insurance = 2;
    expect(changed(g.G, () => playEvent(g, 'CN', 'S29'))).toEqual({
      'JP.insurance': [2, 1],
      reliability: [6, 5],
    });
  });

  it('S29 is a China event: network seats may play it only for operations', () => {
    const g = openingGame();
    expect(modesOffered(g, 'CN', 'S29')).toEqual(['event', 'ops']);
    expect(modesOffered(g, 'JP', 'S29')).toEqual(['ops']);
  });

  it('S29 played by South Korea for operations fires the China event too', () => {
    const g = openingGame();
    expect(changed(g.G, () => playOps(g, 'KR', 'S29', 'lobby'))).toEqual({
      'JP.economy': [6, 5],
      reliability: [6, 5],
      'KR.insurance': [0, 1],
    });
    expect(whereIs(g.G, 'S29')).toBe('discard');
  });

  it('S29 played by Japan to lobby: the event comes first, so the new insurance does not soften it', () => {
    const g = openingGame();
    expect(changed(g.G, () => playOps(g, 'JP', 'S29', 'lobby'))).toEqual({
      'JP.economy': [6, 5],
      reliability: [6, 5],
      'JP.insurance': [0, 1],
    });
  });
});
