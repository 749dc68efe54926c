import { describe, expect, it } from 'vitest';
import { changed, nationalOffered, nextRound, openingGame, playEvent } from '../helpers/cards';

describe('N-JP3 A Quiet Word in Beijing', () => {
  it('N-JP3 raises Japan China trade and economy +1, eases tension in ECS by 1 and costs Japan credibility 1 with its partners', () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'JP', 'N-JP3'))).toEqual({
      'JP.chinaTrade': [6, 7],
      'JP.economy': [6, 7],
      'tension.ECS': [3, 2],
      'JP.credibility': [7, 6],
    });
  });

  it('N-JP3 takes Japan to the hedging line (China trade 7): if China wins, Japan would count as accommodated', () => {
    const g = openingGame();
    playEvent(g, 'JP', 'N-JP3');
    expect(g.G.actors.JP!.chinaTrade).toBe(7);
  });

  it('N-JP3 is offered to Japan only, once a round', () => {
    const g = openingGame();
    expect(nationalOffered(g.G, 'JP')).toEqual(['N-JP1', 'N-JP2', 'N-JP3']);
    for (const seat of ['US', 'CN', 'KR', 'AU', 'PH'] as const) expect(nationalOffered(g.G, seat)).not.toContain('N-JP3');
    playEvent(g, 'JP', 'N-JP3');
    expect(nationalOffered(g.G, 'JP')).toEqual([]);
    nextRound(g);
    expect(nationalOffered(g.G, 'JP')).toContain('N-JP3');
  });
});
