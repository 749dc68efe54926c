import { describe, expect, it } from 'vitest';
import { changed, nationalOffered, nextRound, openingGame, playEvent } from '../helpers/cards';

describe('N-AU1 Press for Our Submarines', () => {
  it('N-AU1 without a refusal raises Australia defence +1 and costs economy 1', () => {
    const g = openingGame();
    expect(changed(g.G, () => playEvent(g, 'AU', 'N-AU1'))).toEqual({
      'AU.defence': [20, 21],
      'AU.economy': [7, 6],
    });
  });

  it('N-AU1 lifts an American refusal of the submarines (subsRefused) at a cost of economy 2', () => {
    const g = openingGame();
    g.G.actors.AU!.flags = ['subsRefused'];
    expect(changed(g.G, () => playEvent(g, 'AU', 'N-AU1'))).toEqual({
      'AU.flags': ['subsRefused', ''],
      'AU.economy': [7, 5],
    });
  });

  it('N-AU1 is offered to Australia only, once a round', () => {
    const g = openingGame();
    expect(nationalOffered(g.G, 'AU')).toEqual(['N-AU1', 'N-AU2']);
    for (const seat of ['US', 'CN', 'JP', 'KR', 'PH'] as const) expect(nationalOffered(g.G, seat)).not.toContain('N-AU1');
    playEvent(g, 'AU', 'N-AU1');
    expect(nationalOffered(g.G, 'AU')).toEqual([]);
    nextRound(g);
    expect(nationalOffered(g.G, 'AU')).toEqual(['N-AU1', 'N-AU2']);
  });
});
