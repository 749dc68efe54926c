import { describe, expect, it } from 'vitest';
import { changed, modesOffered, openingGame, playEvent, playOps, strategyCard, whereIs } from '../helpers/cards';

const card = strategyCard('S15');

describe('S15 Escorted Resupply', () => {
  it('S15 lowers tension in SCS by 1, raises Philippines opinion +1 and US credibility +1', () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'PH', 'S15'))).toEqual({
      'tension.SCS': [5, 4],
      'PH.opinion': [6, 7],
      'US.credibility': [6, 7],
    });
    expect(whereIs(g.G, 'S15')).toBe('discard');
  });

  it('S15 cannot take tension below 0', () => {
    const g = openingGame();
    g.G.tension.SCS = 0;
    const diff = changed(g.G, () => playEvent(g, 'US', 'S15'));
    expect(diff['tension.SCS']).toBeUndefined();
    expect(g.G.tension.SCS).toBe(0);
  });

  it('S15 is a network event: China may play it only for operations', () => {
    const g = openingGame();
    expect(modesOffered(g, 'US', 'S15')).toEqual(['event', 'ops']);
    expect(modesOffered(g, 'CN', 'S15')).toEqual(['ops']);
  });

  it('S15 played by China for operations fires the network event too', () => {
    const g = openingGame();
    expect(changed(g.G, () => playOps(g, 'CN', 'S15', 'pressure', 'OCE'))).toEqual({
      'tension.SCS': [5, 4],
      'PH.opinion': [6, 7],
      'US.credibility': [6, 7],
      'tension.OCE': [1, 1 + Math.ceil(card.ops / 2)],
    });
    expect(whereIs(g.G, 'S15')).toBe('discard');
  });
});
