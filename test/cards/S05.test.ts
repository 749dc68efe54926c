import { describe, expect, it } from 'vitest';
import { changed, modesOffered, openingGame, playEvent, playOps, strategyCard, whereIs } from '../helpers/cards';

const card = strategyCard('S05');

describe('S05 Collective Self-Defence Laws', () => {
  it('S05 raises Japan defence +2 and credibility +1, tension in ECS +1, and leaves the game', () => {
    const g = openingGame();
    expect(card.remove).toBe(true);
    expect(changed(g.G, () => playEvent(g, 'JP', 'S05'))).toEqual({
      'JP.defence': [16, 18],
      'JP.credibility': [7, 8],
      'tension.ECS': [3, 4],
    });
    expect(whereIs(g.G, 'S05')).toBe('removed');
  });

  it('S05 is a network event: China may play it only for operations', () => {
    const g = openingGame();
    expect(modesOffered(g, 'US', 'S05')).toEqual(['event', 'ops']);
    expect(modesOffered(g, 'CN', 'S05')).toEqual(['ops']);
  });

  it('S05 played by China for operations fires the network event too', () => {
    const g = openingGame();
    expect(changed(g.G, () => playOps(g, 'CN', 'S05', 'pressure', 'OCE'))).toEqual({
      'JP.defence': [16, 18],
      'JP.credibility': [7, 8],
      'tension.ECS': [3, 4],
      'tension.OCE': [1, 1 + Math.ceil(card.ops / 2)],
    });
  });

  it('S05 leaves the game only when played for its event: played by China for operations it goes to the discard', () => {
    const g = openingGame();
    playOps(g, 'CN', 'S05', 'pressure', 'OCE');
    expect(whereIs(g.G, 'S05')).toBe('discard');
  });

  it('S05 played by the network for operations (no event) goes to the discard', () => {
    const g = openingGame();
    expect(changed(g.G, () => playOps(g, 'KR', 'S05', 'lobby'))).toEqual({ 'KR.insurance': [0, 1] });
    expect(whereIs(g.G, 'S05')).toBe('discard');
  });
});
