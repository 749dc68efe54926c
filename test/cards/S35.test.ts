import { describe, expect, it } from 'vitest';
import { changed, modesOffered, openingGame, playEvent, playOps, strategyCard, whereIs } from '../helpers/cards';

describe("S35 Europe's War, Asia's Lesson", () => {
  it("S35 moves the Ukraine signal +1 and raises each ally's defence +1", () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'KR', 'S35'))).toEqual({
      ukraine: [2, 3],
      'JP.defence': [16, 17],
      'KR.defence': [28, 29],
      'AU.defence': [20, 21],
      'PH.defence': [13, 14],
    });
    expect(whereIs(g.G, 'S35')).toBe('discard');
  });

  it('S35 is neutral: China and every network seat may play it for its event', () => {
    const g = openingGame();
    for (const seat of ['US', 'CN', 'JP', 'KR', 'AU', 'PH'] as const) expect(modesOffered(g, seat, 'S35')).toEqual(['event', 'ops']);
  });

  it('S35 played for operations does not fire its event, whoever plays it', () => {
    const g = openingGame();
    expect(changed(g.G, () => playOps(g, 'JP', 'S35', 'lobby'))).toEqual({ 'JP.insurance': [0, 1] });
    expect(whereIs(g.G, 'S35')).toBe('discard');
    const h = openingGame();
    expect(changed(h.G, () => playOps(h, 'CN', 'S35', 'pressure', 'OCE'))).toEqual({ 'tension.OCE': [1, 1 + Math.ceil(strategyCard('S35').ops / 2)] });
  });
});
