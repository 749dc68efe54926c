import { describe, expect, it } from 'vitest';
import { changed, modesOffered, openingGame, playEvent, playOps, strategyCard, whereIs } from '../helpers/cards';

const card = strategyCard('S18');

describe('S18 Grey-Zone Swarm', () => {
  it("S18 raises tension by 2 in the theatre of China's choice", () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'CN', 'S18', 'SEA'))).toEqual({ 'tension.SEA': [2, 4] });
    expect(whereIs(g.G, 'S18')).toBe('discard');
  });

  it('S18 cannot take tension past 10', () => {
    const g = openingGame();
    g.G.tension.TWN = 9;
    expect(changed(g.G, () => playEvent(g, 'CN', 'S18', 'TWN'))).toEqual({ 'tension.TWN': [9, 10] });
  });

  it('S18 is a China event: network seats may play it only for operations', () => {
    const g = openingGame();
    expect(modesOffered(g, 'CN', 'S18')).toEqual(['event', 'ops']);
    expect(modesOffered(g, 'US', 'S18')).toEqual(['ops']);
  });

  it('S18 played by South Korea for operations fires the China event in the theatre of highest tension (TWN and SCS tie at 5: TWN comes first)', () => {
    const g = openingGame();
    expect(changed(g.G, () => playOps(g, 'KR', 'S18', 'lobby'))).toEqual({
      'tension.TWN': [5, 7],
      'KR.insurance': [0, 1],
    });
    expect(whereIs(g.G, 'S18')).toBe('discard');
  });

  it('S18 played by the United States for operations goes to the tensest theatre, here SEA at 6', () => {
    const g = openingGame();
    g.G.tension.SEA = 6;
    expect(changed(g.G, () => playOps(g, 'US', 'S18', 'reassure'))).toEqual({
      'tension.SEA': [6, 8],
      reliability: [6, 7],
      'US.credibility': [6, 7],
    });
  });

  it('S18 played by China for pressure raises tension by ceil(3/2) = 2 with no event on top', () => {
    const g = openingGame();
    expect(changed(g.G, () => playOps(g, 'CN', 'S18', 'pressure', 'WPAC'))).toEqual({
      'tension.WPAC': [1, 1 + Math.ceil(card.ops / 2)],
    });
  });
});
