import { describe, expect, it } from 'vitest';
import { changed, nationalOffered, nextRound, openingGame, playEvent } from '../helpers/cards';

describe('N-CN2 Maritime Militia', () => {
  it('N-CN2 raises tension +1 in the chosen theatre; below 7 order does not move', () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'CN', 'N-CN2', 'TWN'))).toEqual({ 'tension.TWN': [5, 6] });
  });

  it('N-CN2 moves order −1 when tension there reaches 7', () => {
    const g = openingGame();
    g.G.tension.SCS = 6;
    expect(changed(g.G, () => playEvent(g, 'CN', 'N-CN2', 'SCS'))).toEqual({
      'tension.SCS': [6, 7],
      order: [0, -1],
    });
  });

  it('N-CN2 is once a round: after it China is offered no national card until the next round', () => {
    const g = openingGame();
    expect(nationalOffered(g.G, 'KR')).not.toContain('N-CN2');
    playEvent(g, 'CN', 'N-CN2', 'ECS');
    expect(nationalOffered(g.G, 'CN')).toEqual([]);
    nextRound(g);
    expect(nationalOffered(g.G, 'CN')).toEqual(['N-CN1', 'N-CN2']);
  });
});
