import { describe, expect, it } from 'vitest';
import { changed, modesOffered, openingGame, playEvent, playOps, strategyCard, whereIs } from '../helpers/cards';

const card = strategyCard('S04');

describe('S04 Fear Shifts to Beijing', () => {
  it('S04 below the lines (SCS 6, ECS 5) only raises Japan opinion +1, and leaves the game', () => {
    const g = openingGame();
    g.G.tension.SCS = 6;
    g.G.tension.ECS = 5;
    expect(changed(g.G, () => playEvent(g, 'JP', 'S04'))).toEqual({ 'JP.opinion': [6, 7] });
    expect(card.remove).toBe(true);
    expect(whereIs(g.G, 'S04')).toBe('removed');
  });

  it('S04 with tension 7 in SCS raises every ally opinion +1 and order +1', () => {
    const g = openingGame();
    g.G.tension.SCS = 7;
    expect(changed(g.G, () => playEvent(g, 'US', 'S04'))).toEqual({
      'JP.opinion': [6, 7],
      'KR.opinion': [6, 7],
      'AU.opinion': [6, 7],
      'PH.opinion': [6, 7],
      order: [0, 1],
    });
  });

  it('S04 with tension 6 in ECS is enough too', () => {
    const g = openingGame();
    g.G.tension.ECS = 6;
    const diff = changed(g.G, () => playEvent(g, 'KR', 'S04'));
    expect(diff.order).toEqual([0, 1]);
    expect(diff['PH.opinion']).toEqual([6, 7]);
  });

  it('S04 is a network event: China may play it only for operations', () => {
    const g = openingGame();
    expect(modesOffered(g, 'JP', 'S04')).toEqual(['event', 'ops']);
    expect(modesOffered(g, 'CN', 'S04')).toEqual(['ops']);
  });

  it('S04 played by China for operations fires the network event too, and goes to the discard', () => {
    const g = openingGame();
    expect(changed(g.G, () => playOps(g, 'CN', 'S04', 'pressure', 'OCE'))).toEqual({
      'JP.opinion': [6, 7],
      'tension.OCE': [1, 1 + Math.ceil(card.ops / 2)],
    });
    expect(whereIs(g.G, 'S04')).toBe('discard');
  });
});
