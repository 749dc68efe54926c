// Hard: Monte-Carlo search on the pure rules path. The normal bot's one-ply judgement names the
// most promising candidates (whole action lines, or the options of a crisis, a budget, an
// answer); then, round after round of the budget, UCB picks a candidate, a fresh determinization
// deals what the seat cannot see, the candidate is played and the game rolled on by the plain
// heuristic to a horizon, where the state is evaluated for the seat. The candidate with the best
// mean is played; the rest of its line is kept, so the later parts of the same action follow it.
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
}

interface Candidate { line: Action[]; prior: number; visits: number; total: number }

/** The one-ply judgement counts as this many rollouts, so a thin budget leans on it. */
const PRIOR_WEIGHT = 2;
const EXPLORATION = 0.35;

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

const mean = (c: Candidate) => (c.total + c.prior * PRIOR_WEIGHT) / (c.visits + PRIOR_WEIGHT);

function pickUcb(cands: Candidate[], played: number): Candidate {
  let top = cands[0] as Candidate;
  let topScore = -Infinity;
  for (const c of cands) {
    const score = mean(c) + EXPLORATION * Math.sqrt(Math.log(played + 1) / (c.visits + 1));
    if (score > topScore) { top = c; topScore = score; }
  }
  return top;
}

/** One rollout: a fresh deal, the candidate's line, then the heuristic for everyone. */
function rollout(view: PlayerView, seat: SeatId, line: Action[], rng: Rng, horizonRounds: number): number {
  const G = determinize(view, seat, rng);
  const sim = branchRng(seedFrom(rng));
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
    if (cands.length > 1) {
      for (let i = 0; i < rollouts; i++) {
        if (options.now && options.timeMs !== undefined && options.now() - (started as number) >= options.timeMs) break;
        const c = pickUcb(cands, i);
        c.total += rollout(view, seat, c.line, rng, horizon);
        c.visits += 1;
      }
    }
    const best = cands.reduce((a, b) => (mean(b) > mean(a) ? b : a));
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

/** The hard level as players meet it: at most 0.8 s of search per decision on the clock. */
export const hardBot: Bot = createHardBot({ timeMs: 800, now: () => performance.now() });
