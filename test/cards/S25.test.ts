import { describe, expect, it } from 'vitest';
import { changed, modesOffered, openingGame, playEvent, playOps, whereIs } from '../helpers/cards';

describe("S25 Who Comes If America Won't?", () => {
  it('S25 with reliability above 4 lowers reliability by 1', () => {
    const g = openingGame();
    g.G.tracks.reliability = 5;
    expect(changed(g.G, () => playEvent(g, 'CN', 'S25'))).toEqual({ reliability: [5, 4] });
    expect(whereIs(g.G, 'S25')).toBe('discard');
  });

  it('S25 with reliability at 4 costs each ally opinion 1 and moves order −1', () => {
    const g = openingGame();
    g.G.tracks.reliability = 4;
    expect(changed(g.G, () => playEvent(g, 'CN', 'S25'))).toEqual({
      'JP.opinion': [6, 5],
      'KR.opinion': [6, 5],
      'AU.opinion': [6, 5],
      'PH.opinion': [6, 5],
      order: [0, -1],
    });
  });

  it('S25 is a China event: network seats may play it only for operations', () => {
    const g = openingGame();
    expect(modesOffered(g, 'CN', 'S25')).toEqual(['event', 'ops']);
    expect(modesOffered(g, 'US', 'S25')).toEqual(['ops']);
  });

  it('S25 played by the United States for reassurance fires the China event first (6 → 5), then reassures (→ 6)', () => {
    const g = openingGame();
    const diff = changed(g.G, () => playOps(g, 'US', 'S25', 'reassure'));
    expect(diff).toEqual({ 'US.credibility': [6, 7] });
    expect(g.G.tracks.reliability).toBe(6);
    expect(g.G.log.some((e) => e.type === 'opponentEvent' && e.card === 'S25')).toBe(true);
    expect(whereIs(g.G, 'S25')).toBe('discard');
  });
});
