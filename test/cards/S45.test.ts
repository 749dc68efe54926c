import { describe, expect, it } from 'vitest';
import { changed, modesOffered, openingGame, playEvent, playOps, whereIs } from '../helpers/cards';

describe('S45 A Summit Dangled', () => {
  it('S45 before the election draws Seoul toward Beijing: South Korea China trade +1 and tension in KOR −1', () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'CN', 'S45'))).toEqual({
      'KR.chinaTrade': [6, 7],
      'tension.KOR': [4, 3],
    });
    expect(whereIs(g.G, 'S45')).toBe('discard');
  });

  it('S45 under America First suspends the trilateral A-USJPKR for a round instead (drills halted for a summit) and eases tension in KOR', () => {
    const g = openingGame();
    g.G.administration = 'americaFirst';
    g.G.alliances['A-USJPKR']!.level = 2;
    expect(changed(g.G, () => playEvent(g, 'CN', 'S45'))).toEqual({
      'A-USJPKR.suspended': [0, 1],
      'tension.KOR': [4, 3],
    });
  });

  it('S45 under America First with the trilateral unbuilt only eases tension in KOR', () => {
    const g = openingGame();
    g.G.administration = 'americaFirst';
    expect(changed(g.G, () => playEvent(g, 'CN', 'S45'))).toEqual({ 'tension.KOR': [4, 3] });
  });

  it('S45 under continuity works as before the election', () => {
    const g = openingGame();
    g.G.administration = 'continuity';
    g.G.alliances['A-USJPKR']!.level = 2;
    expect(changed(g.G, () => playEvent(g, 'CN', 'S45'))).toEqual({ 'KR.chinaTrade': [6, 7], 'tension.KOR': [4, 3] });
  });

  it('S45 is a China event: network seats may play it only for operations, and then it fires for China', () => {
    const g = openingGame();
    expect(modesOffered(g, 'US', 'S45')).toEqual(['ops']);
    const h = openingGame();
    expect(changed(h.G, () => playOps(h, 'US', 'S45', 'reassure'))).toEqual({
      'KR.chinaTrade': [6, 7],
      'tension.KOR': [4, 3],
      reliability: [6, 7],
      'US.credibility': [6, 7],
    });
  });
});
