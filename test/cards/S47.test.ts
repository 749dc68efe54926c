import { describe, expect, it } from 'vitest';
import { changed, modesOffered, openingGame, playEvent, playOps, strategyCard, whereIs } from '../helpers/cards';

describe('S47 Slowdown in China', () => {
  it('S47 costs China economy 1 and each ally whose China trade is 6 or more (Japan, South Korea) economy 1', () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'CN', 'S47'))).toEqual({
      'CN.economy': [7, 6],
      'JP.economy': [6, 5],
      'KR.economy': [6, 5],
    });
    expect(whereIs(g.G, 'S47')).toBe('discard');
  });

  it('S47 spares an ally that has cut its exposure below 6', () => {
    const g = openingGame();
    g.G.actors.JP!.chinaTrade = 5;
    g.G.actors.PH!.chinaTrade = 6;
    expect(changed(g.G, () => playEvent(g, 'US', 'S47'))).toEqual({
      'CN.economy': [7, 6],
      'KR.economy': [6, 5],
      'PH.economy': [5, 4],
    });
  });

  it('S47 is neutral: China and every network seat may play it for its event', () => {
    const g = openingGame();
    for (const seat of ['US', 'CN', 'JP', 'KR', 'AU', 'PH'] as const) expect(modesOffered(g, seat, 'S47')).toEqual(['event', 'ops']);
  });

  it('S47 played for operations does not fire its event', () => {
    const g = openingGame();
    expect(changed(g.G, () => playOps(g, 'CN', 'S47', 'pressure', 'OCE'))).toEqual({ 'tension.OCE': [1, 1 + Math.ceil(strategyCard('S47').ops / 2)] });
  });
});
