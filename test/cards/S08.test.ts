import { describe, expect, it } from 'vitest';
import { changed, modesOffered, openingGame, playEvent, playOps, strategyCard, whereIs } from '../helpers/cards';

const card = strategyCard('S08');

describe('S08 Weaving the Net', () => {
  it('S08 raises the chosen ally credibility +1 (no order while the trilaterals are unbuilt), and leaves the game', () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'US', 'S08', 'KR'))).toEqual({ 'KR.credibility': [6, 7] });
    expect(card.remove).toBe(true);
    expect(whereIs(g.G, 'S08')).toBe('removed');
  });

  it('S08 moves order +1 too once both trilaterals are at level 2', () => {
    const g = openingGame();
    g.G.alliances['A-USJPKR']!.level = 2;
    g.G.alliances['A-USJPPH']!.level = 2;
    expect(changed(g.G, () => playEvent(g, 'PH', 'S08', 'PH'))).toEqual({
      'PH.credibility': [6, 7],
      order: [0, 1],
    });
  });

  it('S08 gives no order with only one trilateral at level 2', () => {
    const g = openingGame();
    g.G.alliances['A-USJPKR']!.level = 3;
    g.G.alliances['A-USJPPH']!.level = 1;
    g.G.alliances['A-IAMD']!.level = 3;
    expect(changed(g.G, () => playEvent(g, 'JP', 'S08', 'AU'))).toEqual({ 'AU.credibility': [7, 8] });
  });

  it('S08 is a network event: China may play it only for operations', () => {
    const g = openingGame();
    expect(modesOffered(g, 'US', 'S08')).toEqual(['event', 'ops']);
    expect(modesOffered(g, 'CN', 'S08')).toEqual(['ops']);
  });

  it('S08 played by China for operations fires the network event on Japan (China is no ally), and goes to the discard', () => {
    const g = openingGame();
    expect(changed(g.G, () => playOps(g, 'CN', 'S08', 'pressure', 'OCE'))).toEqual({
      'JP.credibility': [7, 8],
      'tension.OCE': [1, 1 + Math.ceil(card.ops / 2)],
    });
    expect(whereIs(g.G, 'S08')).toBe('discard');
  });
});
