// The reason a seat gives for its answer to an alliance proposal: the log keeps it, and a
// player reads it, so it names the fact or interest that weighed most — checked on the state
// the answer leads to, not made up.
import { THEATRES, type Action, type AnswerReason, type GState, type SeatId } from '../game';
import { agendaChance } from './evaluate';
import { theatreBalances } from './balance';
import { act, branchRng, cloneState, finishStep } from './sim';

/** States after accepting and after refusing the same proposal (same dice). */
export interface AnswerOutcomes { accepted: GState; refused: GState }

const totalDeterrence = (G: GState) => theatreBalances(G).reduce((s, b) => s + b.deterrence, 0);
const totalTension = (G: GState) => THEATRES.reduce((s, t) => s + G.tension[t], 0);

function acceptReason(G: GState, seat: SeatId, o: AnswerOutcomes): AnswerReason {
  if (agendaChance(o.accepted, seat) > agendaChance(o.refused, seat) + 0.02) return 'agenda';
  if (G.step.kind === 'consent' && G.step.sweetener !== 'none') return 'sweetener';
  if (totalDeterrence(o.accepted) > totalDeterrence(o.refused)) return 'deters-china';
  return 'trust-hub';
}

function refuseReason(G: GState, seat: SeatId, o: AnswerOutcomes): AnswerReason {
  const st = G.actors[seat];
  const hub = G.actors.US;
  if (seat !== 'US' && (!st?.aligned || G.tracks.reliability <= 3 || (hub?.credibility ?? 10) <= 3)) return 'distrust-hub';
  if (agendaChance(o.refused, seat) > agendaChance(o.accepted, seat) + 0.02) return 'agenda';
  if (totalTension(o.accepted) > totalTension(o.refused) && (st?.chinaTrade ?? 0) >= 5) return 'provokes-china';
  return 'cost';
}

/** The answer action with its reason, for a decision already made. */
export function answerWithReason(G: GState, seat: SeatId, legal: Action[], accept: boolean, outcomes: AnswerOutcomes): Action {
  const reason = accept ? acceptReason(G, seat, outcomes) : refuseReason(G, seat, outcomes);
  const found = legal.find((a) => a.move === 'answer' && a.args[0] === accept && a.args[1] === reason);
  if (!found) throw new Error(`no answer ${accept} for ${reason}`);
  return found;
}

/** Plays the proposal out both ways on copies of the state (the other members answering as the
 *  plain heuristic would), with the same dice. */
export function answerOutcomes(G: GState, seat: SeatId, legal: Action[], seed: string): AnswerOutcomes {
  const play = (accept: boolean) => {
    const H = cloneState(G);
    const rng = branchRng(seed);
    act(H, seat, legal.find((a) => a.move === 'answer' && a.args[0] === accept) as Action, rng);
    finishStep(H, ['consent'], rng);
    return H;
  };
  return { accepted: play(true), refused: play(false) };
}
