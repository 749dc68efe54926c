// Normal: one ply of lookahead on a determinized state. Every way to finish the current action
// (each card, event or operations, each operation, target and sweetener — national cards and
// the other side's cards included) is played out on a private copy and the result evaluated
// for the seat: its side's chance on the order track and its own agenda. Crisis commitments
// and budgets are judged over a few throws of the dice; a proposal is answered by playing it
// out both ways, with the reason the outcome supports. The line judged best is followed for the
// later steps of the same action (mode, operation, target), as a person who picked a card for
// a plan carries the plan out, rather than judged again step by step.
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

/** The rest of the line a seat chose at the start of its current action, with what identifies
 *  that action: the game's page and place in it, the card and the seat's hand. */
type Plans = Map<SeatId, { key: string; rest: Action[] }>;

function actionKey(view: PlayerView, seat: SeatId, card: string): string {
  return `${view.history.length}|${view.round}|${view.actionRound}|${card}|${(view.hands[seat] ?? []).join(',')}|${JSON.stringify(view.tracks)}`;
}

/** The next step of the planned line, if this is the same action and the step is legal. */
function planned(plans: Plans, view: PlayerView, seat: SeatId, legal: Action[]): Action | undefined {
  const plan = plans.get(seat);
  plans.delete(seat);
  const step = view.step;
  if (!plan || step.kind !== 'action' || !step.card || plan.key !== actionKey(view, seat, step.card)) return undefined;
  const [next, ...rest] = plan.rest;
  const found = next && legal.find((a) => JSON.stringify(a) === JSON.stringify(next));
  if (found && rest.length) plans.set(seat, { key: plan.key, rest });
  return found;
}

/** A normal bot with plans of its own: one per game, so that a line chosen in one game is never
 *  followed in another (the server's decision worker makes one per match). */
export function createNormalBot(): Bot {
  const plans: Plans = new Map();
  function choose(view: PlayerView, seat: SeatId, legal: Action[], rng: Rng): Action {
    const follow = planned(plans, view, seat, legal);
    if (follow) return follow;
    const only = legal.filter((a) => a.move !== 'back');
    if (only.length === 1) return only[0] as Action;
    const seed = seedFrom(rng);
    const G = determinize(view, seat, rng);
    if (G.step.kind === 'consent') return chooseAnswer(G, seat, legal, seed);
    const best = bestOption(judgeOptions(G, seat, legal, seed));
    if (!best) throw new Error(`no option for ${seat} at ${G.step.kind}`);
    const step = view.step;
    if (step.kind === 'action' && best.line.length > 1) {
      const card = best.action.move === 'playCard' ? (best.action.args[0] as string) : step.card;
      if (card) plans.set(seat, { key: actionKey(view, seat, card), rest: best.line.slice(1) });
    }
    return best.action;
  }
  return { name: 'normal', choose };
}

/** One normal bot for a single game at a time (the simulator, a local game, tests). */
export const normalBot: Bot = createNormalBot();
