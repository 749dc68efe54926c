// Walks whole bot games on the pure rules path and hands every decision point to a check: the
// state, the deciding player and seat, its view and its legal actions (what the table shows).
import {
  SeededRng, applyAction, awaitedActors, awaitedPlayers, createInitialState, legalActions, playerView, seatsOf,
  type Action, type GState, type PlayerView, type SeatId,
} from '../../src/game';
import { greedyBot, randomBot, type Bot } from '../../src/bots';

export interface Decision {
  G: GState;
  player: string;
  seat: SeatId;
  view: PlayerView;
  legal: Action[];
}

export function walkGame(opts: { seed: string; players?: number; bot?: Bot; maxActions?: number }, check: (d: Decision) => void): GState {
  const G = createInitialState(opts.players ?? 6);
  const rng = new SeededRng(opts.seed);
  const botRng = new SeededRng(`${opts.seed}/bots`);
  const bot = opts.bot ?? greedyBot;
  for (let n = 0; !G.result && n < (opts.maxActions ?? 5_000); n++) {
    const player = awaitedPlayers(G)[0];
    if (player === undefined) throw new Error(`nobody to move at ${G.step.kind}`);
    const seat = awaitedActors(G).find((s) => seatsOf(G, player).includes(s)) as SeatId;
    const view = playerView(G, player);
    const legal = legalActions(G, player);
    check({ G, player, seat, view, legal });
    const action = bot.choose(view, seat, legal, botRng);
    if (!applyAction(G, player, action, rng)) throw new Error(`illegal: ${JSON.stringify(action)}`);
  }
  return G;
}

export const BOTS = { greedy: greedyBot, random: randomBot };
