import { describe, expect, it } from 'vitest';
import { changed, modesOffered, openingGame, playEvent, playOps, strategyCard, whereIs } from '../helpers/cards';

const card = strategyCard('S11');

describe('S11 Repairing the Alliances', () => {
  it('S11 raises reliability +2 and US credibility +1', () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'US', 'S11'))).toEqual({
      reliability: [6, 8],
      'US.credibility': [6, 7],
    });
    expect(whereIs(g.G, 'S11')).toBe('discard');
  });

  it('S11 may be played for its event before the election and under continuity, not under America First', () => {
    expect(card.requires).toBeDefined();
    const g = openingGame();
    expect(modesOffered(g, 'US', 'S11')).toEqual(['event', 'ops']);
    g.G.administration = 'continuity';
    expect(modesOffered(g, 'JP', 'S11')).toEqual(['event', 'ops']);
    g.G.administration = 'americaFirst';
    expect(modesOffered(g, 'US', 'S11')).toEqual(['ops']);
    expect(modesOffered(g, 'JP', 'S11')).toEqual(['ops']);
  });

  it('S11 is a network event: China may play it only for operations', () => {
    const g = openingGame();
    expect(modesOffered(g, 'CN', 'S11')).toEqual(['ops']);
  });

  it('S11 played by China for operations fires the network event too', () => {
    const g = openingGame();
    expect(changed(g.G, () => playOps(g, 'CN', 'S11', 'pressure', 'OCE'))).toEqual({
      reliability: [6, 8],
      'US.credibility': [6, 7],
      'tension.OCE': [1, 1 + Math.ceil(card.ops / 2)],
    });
    expect(whereIs(g.G, 'S11')).toBe('discard');
  });

  it('S11 played by China for operations under America First: the event cannot happen, only the pressure', () => {
    const g = openingGame();
    g.G.administration = 'americaFirst';
    expect(changed(g.G, () => playOps(g, 'CN', 'S11', 'pressure', 'OCE'))).toEqual({
      'tension.OCE': [1, 1 + Math.ceil(card.ops / 2)],
    });
  });

  it('S11 played by the United States for reassurance (no event) gives reliability +1 and US credibility +1 only', () => {
    const g = openingGame();
    expect(changed(g.G, () => playOps(g, 'US', 'S11', 'reassure'))).toEqual({
      reliability: [6, 7],
      'US.credibility': [6, 7],
    });
  });
});
