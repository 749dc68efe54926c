// An action is taken in steps (card → mode → op → target → sweetener). A searching bot compares
// whole lines — every way to finish the action from the current step — so that it judges a card
// by the best thing it can do with it, not by the card alone.
import { legalActionsFor, type Action, type GState, type SeatId } from '../game';
import { act, cloneState, branchRng } from './sim';

export interface Line {
  /** the steps from the current one to the end of the action */
  actions: Action[];
  /** the state after them */
  state: GState;
}

/** Is the seat in the middle of an action it has started? */
export const midAction = (G: GState, seat: SeatId): boolean =>
  !G.result && G.step.kind === 'action' && G.step.actor === seat && G.step.card !== undefined;

/** Every line that finishes the seat's current action ('back' never: it only undoes a step).
 *  Each line is played with a generator of the same seed, so lines meet the same draws. */
export function completeLines(G: GState, seat: SeatId, seed: string): Line[] {
  const lines: Line[] = [];
  const grow = (state: GState, prefix: Action[]) => {
    for (const action of legalActionsFor(state, seat)) {
      if (action.move === 'back') continue;
      const next = cloneState(state);
      act(next, seat, action, branchRng(seed));
      const actions = [...prefix, action];
      if (midAction(next, seat)) grow(next, actions);
      else lines.push({ actions, state: next });
    }
  };
  grow(G, []);
  return lines;
}
