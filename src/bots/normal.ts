// Normal: one ply of lookahead on a determinized state. Every way to finish the current action
// (each card, event or operations, each operation, target and sweetener — national cards and
// the other side's cards included) is played out on a private copy and the result evaluated
// for the seat: its side's chance on the order track and its own agenda. Crisis commitments
// and budgets are judged over a few throws of the dice; a proposal is answered by playing it
// out both ways, with the reason the outcome supports.
import type { Action, GState, PlayerView, Rng, SeatId } from '../game';
import type { Bot } from './types';
import { determinize } from './determinize';
import { evaluate } from './evaluate';
import { bestOption, judgeOptions } from './options';
import { answerOutcomes, answerWithReason } from './reasons';
import { seedFrom } from './sim';

/** The answer to a proposal: accept when the seat is at least as well off with the alliance. */
export function chooseAnswer(G: GState, seat: SeatId, legal: Action[], seed: string): Action {
  const outcomes = answerOutcomes(G, seat, legal, seed);
  const accept = evaluate(outcomes.accepted, seat) >= evaluate(outcomes.refused, seat);
  return answerWithReason(G, seat, legal, accept, outcomes);
}

export function normalChoice(view: PlayerView, seat: SeatId, legal: Action[], rng: Rng): Action {
  const only = legal.filter((a) => a.move !== 'back');
  if (only.length === 1) return only[0] as Action;
  const seed = seedFrom(rng);
  const G = determinize(view, seat, rng);
  if (G.step.kind === 'consent') return chooseAnswer(G, seat, legal, seed);
  const best = bestOption(judgeOptions(G, seat, legal, seed));
  if (!best) throw new Error(`no option for ${seat} at ${G.step.kind}`);
  return best.action;
}

export const normalBot: Bot = { name: 'normal', choose: normalChoice };
