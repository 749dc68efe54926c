import { describe, expect, it } from 'vitest';
import { changed, nationalOffered, nextRound, openingGame, playEvent } from '../helpers/cards';

describe('N-CN2 Maritime Militia', () => {
  it('N-CN2 raises tension +1 in the chosen theatre; below 7 nothing else happens', () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'CN', 'N-CN2', 'TWN'))).toEqual({ 'tension.TWN': [5, 6] });
  });

  it('N-CN2 at tension 7 leaves the boats there: a Chinese force in that theatre, and the order track does not move', () => {
    const g = openingGame();
    g.G.tension.SCS = 6;
    expect(changed(g.G, () => playEvent(g, 'CN', 'N-CN2', 'SCS'))).toEqual({
      'tension.SCS': [6, 7],
      'CN.forces.SCS': [3, 4],
    });
  });

  it('N-CN2 is played only in the seas around China: ECS, TWN or SCS (Korea, the Western Pacific, Southeast Asia and Oceania are refused)', () => {
    for (const theatre of ['KOR', 'WPAC', 'SEA', 'OCE']) {
      const g = openingGame();
      expect(() => playEvent(g, 'CN', 'N-CN2', theatre)).toThrow(/illegal/);
    }
    for (const theatre of ['ECS', 'TWN', 'SCS'] as const) {
      const g = openingGame();
      const before = g.G.tension[theatre];
      expect(changed(g.G, () => playEvent(g, 'CN', 'N-CN2', theatre))[`tension.${theatre}`]).toEqual([before, before + 1]);
    }
  });

  it('N-CN2 is once a round: after it China is offered no national card until the next round', () => {
    const g = openingGame();
    expect(nationalOffered(g.G, 'KR')).not.toContain('N-CN2');
    playEvent(g, 'CN', 'N-CN2', 'ECS');
    expect(nationalOffered(g.G, 'CN')).toEqual([]);
    nextRound(g);
    expect(nationalOffered(g.G, 'CN')).toEqual(['N-CN1', 'N-CN2', 'N-CN3']);
  });
});
