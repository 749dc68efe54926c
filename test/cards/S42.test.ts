import { describe, expect, it } from 'vitest';
import { changed, modesOffered, openingGame, playEvent, playOps, strategyCard, whereIs } from '../helpers/cards';

const card = strategyCard('S42');

describe('S42 Access Without a Treaty', () => {
  it('S42 first builds the Japan–Australia access link (A-JPAU 0 → 1) with tension in ECS +1, and no China reaction', () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'JP', 'S42'))).toEqual({ 'A-JPAU': [0, 1], 'tension.ECS': [3, 4] });
    expect(whereIs(g.G, 'S42')).toBe('discard');
  });

  it('S42 with A-JPAU in play builds the Japan–Philippines link instead (A-JPPH 0 → 1) with tension in SCS +1', () => {
    const g = openingGame();
    g.G.alliances['A-JPAU']!.level = 1;
    expect(changed(g.G, () => playEvent(g, 'PH', 'S42'))).toEqual({ 'A-JPPH': [0, 1], 'tension.SCS': [5, 6] });
  });

  it('S42 with both links in play raises Japan credibility +1 only: an event never takes them past talks', () => {
    const g = openingGame();
    g.G.alliances['A-JPAU']!.level = 1;
    g.G.alliances['A-JPPH']!.level = 2;
    expect(changed(g.G, () => playEvent(g, 'US', 'S42'))).toEqual({ 'JP.credibility': [7, 8] });
  });

  it('S42 is a network event: China may play it only for operations', () => {
    const g = openingGame();
    expect(modesOffered(g, 'AU', 'S42')).toEqual(['event', 'ops']);
    expect(modesOffered(g, 'CN', 'S42')).toEqual(['ops']);
  });

  it('S42 played by China for operations fires the network event too', () => {
    const g = openingGame();
    expect(changed(g.G, () => playOps(g, 'CN', 'S42', 'pressure', 'OCE'))).toEqual({
      'A-JPAU': [0, 1],
      'tension.ECS': [3, 4],
      'tension.OCE': [1, 1 + Math.ceil(card.ops / 2)],
    });
  });
});
