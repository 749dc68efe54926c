// Hard: Monte-Carlo search on the pure rules path. The normal bot's one-ply judgement names the
// most promising candidates (whole action lines, or the options of a crisis, a budget, an
// answer). Each rollout deals afresh what the seat cannot see (a determinization), plays the
// candidate and rolls the game on by the plain heuristic to a horizon, where the state is
// evaluated for the seat. Sequential halving spends the budget: candidates are rolled out on the
// same deals, the worse half dropped, and again. The best mean is played; the rest of its line
// is kept, so the later parts of the same action follow it.
import type { Action, GState, PlayerView, Rng, SeatId } from '../game';
import { isLegal } from '../game/actions';
import type { Bot } from './types';
import { determinize } from './determinize';
import { evaluate } from './evaluate';
import { completeLines } from './lines';
import { judgeOptions } from './options';
import { answerOutcomes, answerWithReason } from './reasons';
import { act, autoStep, branchRng, finishStep, seedFrom } from './sim';

export interface HardOptions {
  /** most rollouts per decision (keeps tests and reports deterministic when no clock is given) */
  rollouts?: number;
  /** time budget per decision, read from `now` (milliseconds); no clock, no time limit */
  timeMs?: number;
  now?: () => number;
  /** candidates kept from the one-ply judgement */
  candidates?: number;
  /** rounds a rollout plays before it is evaluated: the current one and those after it */
  horizonRounds?: number;
  /** told after each search how many rollouts it ran (for the benchmark) */
  onSearch?: (rollouts: number) => void;
}

interface Candidate { line: Action[]; prior: number; visits: number; total: number }

function candidatesFor(G: GState, seat: SeatId, legal: Action[], seed: string, keep: number): Candidate[] {
  const scored = G.step.kind === 'action'
    ? completeLines(G, seat, seed).map((line) => {
        finishStep(line.state, ['consent'], branchRng(`${seed}/answers`));
        return { line: line.actions, value: evaluate(line.state, seat) };
      })
    : judgeOptions(G, seat, legal, seed).map((o) => ({ line: o.line, value: o.value }));
  scored.sort((a, b) => b.value - a.value);
  return scored.slice(0, keep).map((s) => ({ line: s.line, prior: s.value, visits: 0, total: 0 }));
}

/** How many rollouts the one-ply judgement counts for: a rollout to a horizon played by the
 *  plain heuristic is a noisy sample, and with a small budget a few unlucky deals would
 *  otherwise overturn a judgement that looked at every line. */
const PRIOR_ROLLOUTS = 3;

/** Rollout mean, with the one-ply judgement counted as PRIOR_ROLLOUTS rollouts. */
const mean = (c: Candidate) => (c.total + PRIOR_ROLLOUTS * c.prior) / (c.visits + PRIOR_ROLLOUTS);
const byMean = (a: Candidate, b: Candidate) => mean(b) - mean(a) || b.prior - a.prior;

/** One rollout: a deal of what the seat cannot see, the candidate's line, then the heuristic
 *  for everyone. */
function rollout(view: PlayerView, seat: SeatId, line: Action[], dealSeed: string, horizonRounds: number): number {
  const G = determinize(view, seat, branchRng(dealSeed));
  const sim = branchRng(`${dealSeed}/play`);
  const kind = G.step.kind;
  for (const action of line) {
    const player = 'player' in G.control[seat] ? G.control[seat].player : null;
    if (!isLegal(G, player, action)) break;
    act(G, seat, action, sim);
  }
  finishStep(G, [kind === 'action' ? 'consent' : kind], sim);
  const lastRound = view.round + horizonRounds - 1;
  for (let guard = 0; guard < 5000 && !G.result && G.round <= lastRound; guard++) autoStep(G, sim);
  return evaluate(G, seat);
}

export function createHardBot(options: HardOptions = {}): Bot {
  const rollouts = options.rollouts ?? 400;
  const keep = options.candidates ?? 8;
  const horizon = options.horizonRounds ?? 2;
  const plans = new Map<SeatId, { round: number; actionRound: number; card: string; rest: Action[] }>();

  function planned(view: PlayerView, seat: SeatId, legal: Action[]): Action | undefined {
    const plan = plans.get(seat);
    const step = view.step;
    if (!plan || step.kind !== 'action' || step.card !== plan.card || view.round !== plan.round || view.actionRound !== plan.actionRound) return undefined;
    const next = plan.rest.shift();
    if (!plan.rest.length) plans.delete(seat);
    return next && legal.some((a) => JSON.stringify(a) === JSON.stringify(next)) ? next : undefined;
  }

  function choose(view: PlayerView, seat: SeatId, legal: Action[], rng: Rng): Action {
    const only = legal.filter((a) => a.move !== 'back');
    if (only.length === 1) return only[0] as Action;
    const follow = planned(view, seat, legal);
    if (follow) return follow;
    plans.delete(seat);
    const started = options.now?.();
    const seed = seedFrom(rng);
    const G = determinize(view, seat, rng);
    const cands = candidatesFor(G, seat, legal, seed, keep);
    // Sequential halving: the budget is split between phases; in each, every candidate still in
    // play is rolled out on the same fresh deals and dice (so they are compared on equal
    // terms), then the worse half drops out. The clock is read before each deal.
    const outOfTime = () => options.now !== undefined && options.timeMs !== undefined && options.now() - (started as number) >= options.timeMs;
    let alive = cands;
    let played = 0;
    const phases = Math.max(1, Math.ceil(Math.log2(cands.length)));
    search: for (let phase = 0; phase < phases && alive.length > 1; phase++) {
      const deals = Math.max(1, Math.floor(rollouts / phases / alive.length));
      for (let d = 0; d < deals; d++) {
        if (played + alive.length > rollouts || outOfTime()) break search;
        const dealSeed = seedFrom(rng);
        for (const c of alive) {
          c.total += rollout(view, seat, c.line, dealSeed, horizon);
          c.visits += 1;
        }
        played += alive.length;
      }
      alive = [...alive].sort(byMean).slice(0, Math.ceil(alive.length / 2));
    }
    options.onSearch?.(played);
    const best = [...alive].sort(byMean)[0] as Candidate;
    const first = best.line[0] as Action;
    if (first.move === 'answer') return answerWithReason(G, seat, legal, first.args[0], answerOutcomes(G, seat, legal, seed));
    const after = best.line.slice(1);
    const step = view.step;
    if (after.length && step.kind === 'action') {
      const card = first.move === 'playCard' ? first.args[0] : step.card;
      if (card) plans.set(seat, { round: view.round, actionRound: view.actionRound, card, rest: after });
    }
    return first;
  }

  return { name: 'hard', choose };
}

/** The hard level as players meet it: about 240 rollouts (some 0.8 s on a desktop core), never
 *  more than 0.8 s of search per decision on the clock. */
export const hardBot: Bot = createHardBot({ rollouts: 240, timeMs: 800, now: () => performance.now() });
