import { describe, expect, it } from 'vitest';
import { nuclearAllowed } from '../../src/game/home-front';
import { changed, nationalOffered, nextRound, openingGame, playEvent } from '../helpers/cards';

describe('N-KR2 Pay for the Garrison', () => {
  it('N-KR2 with the garrison whole (28,500) costs South Korea economy 1 and raises reliability +1', () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'KR', 'N-KR2'))).toEqual({
      'KR.economy': [6, 5],
      reliability: [6, 7],
    });
  });

  it('N-KR2 after a drawdown (24,000) brings the troops back to 28,500, and their unit back to Korea', () => {
    const g = openingGame();
    g.G.tracks.troops = 24_000;
    expect(changed(g.G, () => playEvent(g, 'KR', 'N-KR2'))).toEqual({
      'KR.economy': [6, 5],
      troops: [24000, 28500],
      'US.forces.KOR': [3, 4],
    });
  });

  it('N-KR2 restoring the garrison closes the first door to the bomb (6.4): before the election, the nuclear option is gone again', () => {
    const g = openingGame();
    g.G.tracks.troops = 24_000;
    expect(nuclearAllowed(g.G, 'KR')).toBe(true);
    playEvent(g, 'KR', 'N-KR2');
    expect(nuclearAllowed(g.G, 'KR')).toBe(false);
  });

  it('N-KR2 is offered to South Korea only, once a round', () => {
    const g = openingGame();
    expect(nationalOffered(g.G, 'KR')).toContain('N-KR2');
    for (const seat of ['US', 'CN', 'JP', 'AU', 'PH'] as const) expect(nationalOffered(g.G, seat)).not.toContain('N-KR2');
    playEvent(g, 'KR', 'N-KR2');
    expect(nationalOffered(g.G, 'KR')).toEqual([]);
    nextRound(g);
    expect(nationalOffered(g.G, 'KR')).toContain('N-KR2');
  });
});
