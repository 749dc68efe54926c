import { describe, expect, it } from 'vitest';
import { changed, modesOffered, openingGame, playEvent, playOps, strategyCard, whereIs } from '../helpers/cards';

const card = strategyCard('S01');

describe('S01 State Dinner in Washington', () => {
  it('S01 raises the air-defence initiative from 0 to 1 with tension in WPAC +1, Japan credibility +1 and reliability +1', () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'US', 'S01'))).toEqual({
      'A-IAMD': [0, 1],
      'tension.WPAC': [1, 2],
      'JP.credibility': [7, 8],
      reliability: [6, 7],
    });
    expect(whereIs(g.G, 'S01')).toBe('discard');
  });

  it('S01 still raises A-IAMD when it is at level 1', () => {
    const g = openingGame();
    g.G.alliances['A-IAMD']!.level = 1;
    expect(changed(g.G, () => playEvent(g, 'JP', 'S01'))).toEqual({
      'A-IAMD': [1, 2],
      'tension.WPAC': [1, 2],
      'JP.credibility': [7, 8],
      reliability: [6, 7],
    });
  });

  it('S01 raises Japan defence +1 instead once A-IAMD is at level 2', () => {
    const g = openingGame();
    g.G.alliances['A-IAMD']!.level = 2;
    expect(changed(g.G, () => playEvent(g, 'US', 'S01'))).toEqual({
      'JP.defence': [16, 17],
      'JP.credibility': [7, 8],
      reliability: [6, 7],
    });
  });

  it('S01 is a network event: China may play it only for operations', () => {
    const g = openingGame();
    expect(modesOffered(g, 'US', 'S01')).toEqual(['event', 'ops']);
    expect(modesOffered(g, 'CN', 'S01')).toEqual(['ops']);
  });

  it('S01 played by China for operations fires the network event too', () => {
    const g = openingGame();
    expect(changed(g.G, () => playOps(g, 'CN', 'S01', 'pressure', 'OCE'))).toEqual({
      'A-IAMD': [0, 1],
      'tension.WPAC': [1, 2],
      'JP.credibility': [7, 8],
      reliability: [6, 7],
      'tension.OCE': [1, 1 + Math.ceil(card.ops / 2)],
    });
    expect(whereIs(g.G, 'S01')).toBe('discard');
  });
});
