import { describe, expect, it } from 'vitest';
import { changed, modesOffered, openingGame, playEvent, playOps, strategyCard, whereIs } from '../helpers/cards';

const card = strategyCard('S14');

describe('S14 Pacific Deterrence Funds', () => {
  it('S14 puts one more US force in the chosen theatre', () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'US', 'S14', 'TWN'))).toEqual({ 'US.forces.TWN': [1, 2] });
    expect(whereIs(g.G, 'S14')).toBe('discard');
  });

  it('S14 played by an ally still adds an American force, here in SEA', () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'PH', 'S14', 'SEA'))).toEqual({ 'US.forces.SEA': [0, 1] });
  });

  it('S14 is a network event: China may play it only for operations', () => {
    const g = openingGame();
    expect(modesOffered(g, 'US', 'S14')).toEqual(['event', 'ops']);
    expect(modesOffered(g, 'CN', 'S14')).toEqual(['ops']);
  });

  it('S14 played by China for operations fires the network event in the theatre of highest tension (TWN and SCS tie at 5: TWN comes first)', () => {
    const g = openingGame();
    expect(changed(g.G, () => playOps(g, 'CN', 'S14', 'pressure', 'OCE'))).toEqual({
      'US.forces.TWN': [1, 2],
      'tension.OCE': [1, 1 + Math.ceil(card.ops / 2)],
    });
    expect(whereIs(g.G, 'S14')).toBe('discard');
  });

  it('S14 played by China for operations goes to the tensest theatre, here KOR at 7', () => {
    const g = openingGame();
    g.G.tension.KOR = 7;
    expect(changed(g.G, () => playOps(g, 'CN', 'S14', 'pressure', 'OCE'))).toEqual({
      'US.forces.KOR': [3, 4],
      'tension.OCE': [1, 1 + Math.ceil(card.ops / 2)],
    });
  });

  it('S14 played by the United States to build adds ceil(3/2) = 2 forces and costs economy 1', () => {
    const g = openingGame();
    expect(changed(g.G, () => playOps(g, 'US', 'S14', 'build', 'SEA'))).toEqual({
      'US.forces.SEA': [0, Math.ceil(card.ops / 2)],
      'US.economy': [7, 6],
    });
  });
});
