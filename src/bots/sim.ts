// Playing ahead on a private copy of a (determinized) state: the same applyAction path as the
// game, with the plain heuristic standing in for every other seat.
import { SeededRng, awaitedActors, legalActionsFor, type Action, type GState, type Rng, type SeatId } from '../game';
import type { Step } from '../game/state';
import { applyLegalAction } from '../game/actions';
import { autopilotChoice } from '../game/autopilot';
import { cloneJson } from '../game/json';

/** A copy to play on. Log entries are never changed once written, so they are shared. */
export function cloneState(G: GState): GState {
  const { history, log, ...rest } = G;
  return { ...cloneJson(rest), log: log.slice(), history };
}

/** Applies a legal action of a seat held by a player (on the copy, every seat is). */
export function act(G: GState, seat: SeatId, action: Action, rng: Rng): void {
  const c = G.control[seat];
  if (!('player' in c)) throw new Error(`${seat} is played by the autopilot`);
  applyLegalAction(G, c.player, action, rng);
}

/** The plain heuristic plays the first awaited seat. */
export function autoStep(G: GState, rng: Rng): void {
  const seat = awaitedActors(G)[0] as SeatId;
  act(G, seat, autopilotChoice(G, seat, legalActionsFor(G, seat)), rng);
}

/** Lets the other seats finish a step of these kinds (answers to a proposal, commitments,
 *  budgets) the way the plain heuristic would. */
export function finishStep(G: GState, kinds: readonly Step['kind'][], rng: Rng): void {
  for (let guard = 0; guard < 50 && !G.result && kinds.includes(G.step.kind); guard++) autoStep(G, rng);
}

/** A generator drawn from the bot's own, for one branch of a search. Branches given the same
 *  seed meet the same dice, so they differ only by the choice under test. */
export const branchRng = (seed: string): SeededRng => new SeededRng(seed);
export const seedFrom = (rng: Rng): string => rng.number().toString(36).slice(2);
