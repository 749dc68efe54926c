// An action is taken in steps (card → mode → op → target → sweetener). A searching bot compares
// whole lines — every way to finish the action from the current step — so that it judges a card
// by the best thing it can do with it, not by the card alone.
import { RULES, legalActionsFor, type Action, type GState, type SeatId } from '../game';
import { sideOf } from '../game/seats';
import { act, cloneState, branchRng } from './sim';

export interface Line {
  /** the steps from the current one to the end of the action */
  actions: Action[];
  /** the state after them (lines that reach the same state may share one object) */
  state: GState;
}

/** Is the seat in the middle of an action it has started? */
export const midAction = (G: GState, seat: SeatId): boolean =>
  !G.result && G.step.kind === 'action' && G.step.actor === seat && G.step.card !== undefined;

/** Played for its operations, a card whose event fires nothing (its own side's or a neutral
 *  one) leaves the same state as any other such card of the same value, but for the hand: the
 *  lines after it are worked out once per value and shared. */
function sharedOpsKey(G: GState, seat: SeatId, action: Action): string | undefined {
  const step = G.step;
  if (step.kind !== 'action' || !step.card || step.mode || action.move !== 'chooseMode' || action.args[0] !== 'ops') return undefined;
  const card = RULES.strategy[step.card];
  return card && (card.side === 'neutral' || card.side === sideOf(seat)) ? `ops${card.ops}` : undefined;
}

interface Tail { actions: Action[]; state: GState }

/** Every line that finishes the seat's current action ('back' never: it only undoes a step).
 *  Each line is played with a generator of the same seed, so lines meet the same draws. */
export function completeLines(G: GState, seat: SeatId, seed: string): Line[] {
  const shared = new Map<string, Tail[]>();
  // `owned`: the state is a copy made here, needed no more once its last line is played, so the
  // last line may be played on it instead of on one more copy.
  const grow = (state: GState, owned: boolean): Tail[] => {
    const out: Tail[] = [];
    const actions = legalActionsFor(state, seat).filter((a) => a.move !== 'back');
    for (const [i, action] of actions.entries()) {
      const key = sharedOpsKey(state, seat, action);
      let tails = key ? shared.get(key) : undefined;
      if (!tails) {
        const next = owned && i === actions.length - 1 ? state : cloneState(state);
        act(next, seat, action, branchRng(seed));
        tails = midAction(next, seat) ? grow(next, true) : [{ actions: [], state: next }];
        if (key) shared.set(key, tails);
      }
      for (const t of tails) out.push({ actions: [action, ...t.actions], state: t.state });
    }
    return out;
  };
  return grow(G, false);
}
