import { describe, expect, it } from 'vitest';
import { changed, modesOffered, openingGame, playEvent, playOps, strategyCard, whereIs } from '../helpers/cards';

const card = strategyCard('S41');

describe("S41 Leaders' Retreat", () => {
  it('S41 raises the US–Japan–South Korea trilateral from 0 to 1 without consent or China reaction, at a cost of South Korean opinion 1', () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'US', 'S41'))).toEqual({
      'A-USJPKR': [0, 1],
      'KR.opinion': [6, 5],
    });
    expect(whereIs(g.G, 'S41')).toBe('discard');
  });

  it('S41 still raises A-USJPKR from 1 to 2', () => {
    const g = openingGame();
    g.G.alliances['A-USJPKR']!.level = 1;
    expect(changed(g.G, () => playEvent(g, 'KR', 'S41'))).toEqual({ 'A-USJPKR': [1, 2], 'KR.opinion': [6, 5] });
  });

  it('S41 with the trilateral at level 2 raises Japan and South Korea credibility +1 each instead', () => {
    const g = openingGame();
    g.G.alliances['A-USJPKR']!.level = 2;
    expect(changed(g.G, () => playEvent(g, 'JP', 'S41'))).toEqual({ 'JP.credibility': [7, 8], 'KR.credibility': [6, 7] });
  });

  it('S41 with the trilateral suspended counts it as level 0 and raises the level underneath', () => {
    const g = openingGame();
    g.G.alliances['A-USJPKR'] = { level: 2, suspended: 1 };
    expect(changed(g.G, () => playEvent(g, 'US', 'S41'))).toEqual({ 'A-USJPKR': [2, 3], 'KR.opinion': [6, 5] });
  });

  it('S41 is a network event: China may play it only for operations', () => {
    const g = openingGame();
    expect(modesOffered(g, 'KR', 'S41')).toEqual(['event', 'ops']);
    expect(modesOffered(g, 'CN', 'S41')).toEqual(['ops']);
  });

  it('S41 played by China for operations fires the network event too', () => {
    const g = openingGame();
    expect(changed(g.G, () => playOps(g, 'CN', 'S41', 'pressure', 'OCE'))).toEqual({
      'A-USJPKR': [0, 1],
      'KR.opinion': [6, 5],
      'tension.OCE': [1, 1 + Math.ceil(card.ops / 2)],
    });
    expect(whereIs(g.G, 'S41')).toBe('discard');
  });
});
