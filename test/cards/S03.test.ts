import { describe, expect, it } from 'vitest';
import { changed, modesOffered, openingGame, playEvent, playOps, strategyCard, whereIs } from '../helpers/cards';

const card = strategyCard('S03');

describe('S03 Four Navies Sail Together', () => {
  it('S03 raises the South China Sea exercises from 0 to 1, tension in SCS +1 and Philippines opinion +1, and leaves the game', () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'AU', 'S03'))).toEqual({
      'A-SCSX': [0, 1],
      'tension.SCS': [5, 6],
      'PH.opinion': [6, 7],
    });
    expect(card.remove).toBe(true);
    expect(whereIs(g.G, 'S03')).toBe('removed');
  });

  it('S03 still raises A-SCSX from 2 to 3', () => {
    const g = openingGame();
    g.G.alliances['A-SCSX']!.level = 2;
    expect(changed(g.G, () => playEvent(g, 'US', 'S03'))).toEqual({
      'A-SCSX': [2, 3],
      'tension.SCS': [5, 6],
      'PH.opinion': [6, 7],
    });
  });

  it('S03 at level 3 moves order +1', () => {
    const g = openingGame();
    g.G.alliances['A-SCSX']!.level = 3;
    expect(changed(g.G, () => playEvent(g, 'US', 'S03'))).toEqual({
      order: [0, 1],
      'tension.SCS': [5, 6],
      'PH.opinion': [6, 7],
    });
  });

  it('S03 is a network event: China may play it only for operations', () => {
    const g = openingGame();
    expect(modesOffered(g, 'AU', 'S03')).toEqual(['event', 'ops']);
    expect(modesOffered(g, 'CN', 'S03')).toEqual(['ops']);
  });

  it('S03 played by China for operations fires the network event too, and goes to the discard (removed only when played for its event)', () => {
    const g = openingGame();
    expect(changed(g.G, () => playOps(g, 'CN', 'S03', 'pressure', 'OCE'))).toEqual({
      'A-SCSX': [0, 1],
      'tension.SCS': [5, 6],
      'PH.opinion': [6, 7],
      'tension.OCE': [1, 1 + Math.ceil(card.ops / 2)],
    });
    expect(whereIs(g.G, 'S03')).toBe('discard');
  });

  it('S03 played by Japan for an exercise marks the theatre exercised and raises tension there', () => {
    const g = openingGame();
    expect(changed(g.G, () => playOps(g, 'JP', 'S03', 'exercise', 'ECS'))).toEqual({
      exercised: ['', 'ECS'],
      'tension.ECS': [3, 4],
    });
  });
});
