// A server agent computes its seat's legal actions from the view the server sends that seat,
// never from the full state. That is only sound if the two lists are the same at every
// decision: checked here over whole random games, for every awaited seat.
import { describe, expect, it } from 'vitest';
import {
  SeededRng, applyAction, awaitedActors, awaitedPlayers, createInitialState, legalActionsFor, pagedPlayerView, type GState,
} from '../../src/game';

function compareOverGame(numPlayers: number, seed: string): number {
  const G: GState = createInitialState(numPlayers, {});
  const rng = new SeededRng(seed);
  let decisions = 0;
  for (let moves = 0; !G.result && moves < 5000; moves++) {
    for (const seat of awaitedActors(G)) {
      const control = G.control[seat];
      if (!('player' in control)) continue;
      const fromView = legalActionsFor(pagedPlayerView(G, control.player), seat);
      expect(fromView, `${seed} move ${moves} seat ${seat}`).toEqual(legalActionsFor(G, seat));
      decisions++;
    }
    const player = awaitedPlayers(G)[0];
    if (player === undefined) break;
    const seat = awaitedActors(G).find((s) => { const c = G.control[s]; return 'player' in c && c.player === player; });
    const legal = seat ? legalActionsFor(G, seat) : [];
    const action = legal[Math.floor(rng.number() * legal.length)];
    if (!action) throw new Error('no legal action');
    expect(applyAction(G, player, action, rng)).toBe(true);
  }
  expect(G.result).not.toBeNull();
  return decisions;
}

describe("legal actions from a seat's view", () => {
  it.each([[2, 'view-a'], [3, 'view-b'], [6, 'view-c'], [6, 'view-d']])('equal the engine\'s in a %i-player game (%s)', (n, seed) => {
    expect(compareOverGame(n, seed)).toBeGreaterThan(100);
  });
});
