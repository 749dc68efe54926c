// Bots decide in worker threads: the answer is one of the legal actions given, an unknown
// level falls back to the greedy bot, and a closed pool refuses work instead of hanging.
import { afterAll, describe, expect, it } from 'vitest';
import { SeededRng, applyAction, awaitedPlayers, actingSeat, createInitialState, legalActions, legalActionsFor, pagedPlayerView, type GState } from '../../src/game';
import { DecisionPool } from '../../src/server/agents/decision-pool';

/** A state some way into a game, at a seat's action step with several cards to choose from. */
function midGame(): GState {
  const G = createInitialState(3, {});
  const rng = new SeededRng('pool');
  for (let i = 0; i < 40; i++) {
    const player = awaitedPlayers(G)[0];
    if (player === undefined) break;
    const legal = legalActions(G, player);
    applyAction(G, player, legal[Math.floor(rng.number() * legal.length)] as (typeof legal)[number], rng);
  }
  return G;
}

const pool = new DecisionPool(2);
afterAll(async () => { await pool.close(); });

describe('decision pool', () => {
  it('answers with a legal action of the seat, for each level', async () => {
    const G = midGame();
    const player = awaitedPlayers(G)[0] as string;
    const seat = actingSeat(G, player);
    if (!seat) throw new Error('no seat to act');
    const view = pagedPlayerView(G, player);
    const legal = legalActionsFor(view, seat);
    expect(legal.length).toBeGreaterThan(1);
    const actions = await Promise.all(['easy', 'normal', 'hard', 'no-such-level'].map((level) => pool.decide({ matchID: 'm', level, view, seat, legal, seed: 's' })));
    for (const action of actions) expect(legal).toContainEqual(action);
  }, 30_000);

  it('refuses work once closed', async () => {
    const closed = new DecisionPool(1);
    await closed.close();
    await expect(closed.decide({ matchID: 'm', level: 'easy', view: pagedPlayerView(createInitialState(2, {}), '0'), seat: 'US', legal: [], seed: 's' })).rejects.toThrow(/closed/);
  });
});
