import { describe, expect, it } from 'vitest';
import { deterrence } from '../../src/game/deterrence';
import { changed, nationalOffered, nextRound, openingGame, playEvent } from '../helpers/cards';

describe('N-KR3 Outreach to the North', () => {
  it('N-KR3 eases tension in KOR by 1, raises South Korea China trade +1 and costs its credibility 1 (the unbuilt trilateral has nothing to suspend)', () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'KR', 'N-KR3'))).toEqual({
      'tension.KOR': [4, 3],
      'KR.chinaTrade': [6, 7],
      'KR.credibility': [6, 5],
    });
  });

  it('N-KR3 with the trilateral in play suspends it for a round: it then adds nothing to deterrence', () => {
    const g = openingGame();
    g.G.alliances['A-USJPKR']!.level = 3;
    g.G.actors.JP!.forces = { KOR: 2, ECS: 3, WPAC: 1 };
    const before = deterrence(g.G, 'KOR');
    expect(changed(g.G, () => playEvent(g, 'KR', 'N-KR3'))).toEqual({
      'tension.KOR': [4, 3],
      'KR.chinaTrade': [6, 7],
      'KR.credibility': [6, 5],
      'A-USJPKR.suspended': [0, 1],
    });
    expect(deterrence(g.G, 'KOR')).toBeLessThan(before);
  });

  it('N-KR3 is offered to South Korea only, once a round', () => {
    const g = openingGame();
    expect(nationalOffered(g.G, 'KR')).toContain('N-KR3');
    for (const seat of ['US', 'CN', 'JP', 'AU', 'PH'] as const) expect(nationalOffered(g.G, seat)).not.toContain('N-KR3');
    playEvent(g, 'KR', 'N-KR3');
    expect(nationalOffered(g.G, 'KR')).toEqual([]);
    nextRound(g);
    expect(nationalOffered(g.G, 'KR')).toContain('N-KR3');
  });
});
