// One-ply judgement of a decision on a determinized state: each option is played out to the end
// of the step it belongs to (the action with every part chosen and its proposal answered, the
// crisis with its dice, the home front with the round scored) and the state after it evaluated
// from the seat's point of view. Dice and draws are shared between options (same seeds), so
// options differ only by the choice.
import type { Action, GState, SeatId } from '../game';
import { evaluate } from './evaluate';
import { completeLines } from './lines';
import { act, branchRng, cloneState, finishStep } from './sim';

export interface Option {
  /** the action to take now */
  action: Action;
  /** the whole line it starts, for an action step */
  line: Action[];
  value: number;
}

/** Samples of the dice for a crisis or a home front, whose outcome is a throw away. */
const SAMPLES = { commit: 8, homeFront: 2, consent: 2 } as const;

function judgeActionStep(G: GState, seat: SeatId, seed: string): Option[] {
  const best = new Map<string, Option>();
  for (const line of completeLines(G, seat, seed)) {
    finishStep(line.state, ['consent'], branchRng(`${seed}/answers`));
    const value = evaluate(line.state, seat);
    const first = line.actions[0] as Action;
    const key = JSON.stringify(first);
    const known = best.get(key);
    if (!known || value > known.value) best.set(key, { action: first, line: line.actions, value });
  }
  return [...best.values()];
}

/** The average value of one action over a few samples of the dice that follow it. */
function sampled(G: GState, seat: SeatId, action: Action, samples: number, seed: string): number {
  const kind = G.step.kind;
  let total = 0;
  for (let k = 0; k < samples; k++) {
    const H = cloneState(G);
    const rng = branchRng(`${seed}/${k}`);
    act(H, seat, action, rng);
    finishStep(H, [kind], rng);
    total += evaluate(H, seat);
  }
  return total / samples;
}

/** For an answer only yes or no matters here; the reason is chosen afterwards. */
function answerOptions(legal: Action[]): Action[] {
  const yes = legal.find((a) => a.move === 'answer' && a.args[0] === true);
  const no = legal.find((a) => a.move === 'answer' && a.args[0] === false);
  return [yes, no].filter((a): a is Action => !!a);
}

/** The options of the current decision with their values (higher is better for the seat). */
export function judgeOptions(G: GState, seat: SeatId, legal: Action[], seed: string): Option[] {
  const kind = G.step.kind;
  if (kind === 'action') return judgeActionStep(G, seat, seed);
  const actions = kind === 'consent' ? answerOptions(legal) : legal;
  const samples = kind === 'commit' || kind === 'homeFront' || kind === 'consent' ? SAMPLES[kind] : 1;
  return actions.map((action) => ({ action, line: [action], value: sampled(G, seat, action, samples, seed) }));
}

export function bestOption(options: Option[]): Option | undefined {
  let top: Option | undefined;
  for (const o of options) if (!top || o.value > top.value) top = o;
  return top;
}
