import { describe, expect, it } from 'vitest';
import { changed, nationalOffered, nextRound, openingGame, playEvent } from '../helpers/cards';

describe('N-CN1 Wedge Offer', () => {
  it("N-CN1 raises the chosen ally's China trade +1 and economy +1; short of the hedging line nothing more (order does not move)", () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'CN', 'N-CN1', 'PH'))).toEqual({
      'PH.chinaTrade': [4, 5],
      'PH.economy': [5, 6],
    });
  });

  it('N-CN1 that takes an ally past the hedging line (China trade 7) costs it opinion −2 and credibility −1 (order does not move)', () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'CN', 'N-CN1', 'JP'))).toEqual({
      'JP.chinaTrade': [6, 7],
      'JP.economy': [6, 7],
      'JP.credibility': [7, 6],
      'JP.opinion': [6, 4],
    });
  });

  it('N-CN1 played twice on Japan in two rounds leaves its public at opinion 2, where its government can fall at its election (6.3)', () => {
    const g = openingGame();
    playEvent(g, 'CN', 'N-CN1', 'JP');
    nextRound(g);
    const before = g.G.actors.JP?.opinion ?? 0;
    playEvent(g, 'CN', 'N-CN1', 'JP');
    expect(g.G.actors.JP?.chinaTrade).toBeGreaterThanOrEqual(7);
    expect(g.G.actors.JP?.opinion).toBe(Math.max(0, before - 2));
  });

  it('N-CN1 may target only the four allies', () => {
    const g = openingGame();
    expect(() => playEvent(g, 'CN', 'N-CN1', 'TH')).toThrow(/illegal/);
  });

  it('N-CN1 is offered to China only', () => {
    const g = openingGame();
    expect(nationalOffered(g.G, 'CN')).toEqual(['N-CN1', 'N-CN2', 'N-CN3']);
    for (const seat of ['US', 'JP', 'KR', 'AU', 'PH'] as const) expect(nationalOffered(g.G, seat)).not.toContain('N-CN1');
  });

  it('N-CN1 is once a round: at its second action of the round China is offered no national card', () => {
    const g = openingGame();
    playEvent(g, 'CN', 'N-CN1', 'JP');
    expect(nationalOffered(g.G, 'CN')).toEqual([]);
    nextRound(g);
    expect(nationalOffered(g.G, 'CN')).toEqual(['N-CN1', 'N-CN2', 'N-CN3']);
  });
});
