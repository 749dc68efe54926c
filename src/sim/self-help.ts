// The article's test in numbers [F45, F46]: how close do America's allies come to China on
// their own, at the start of a scenario and with every self-help option taken? A
// deterministic calculation on the game's own deterrence, no dice and no bots.
//
// Self-help is every option the rules give the allies that does not run through America:
//  - budgets: every home front of the scenario raises defence by BUDGET_STEP (§6), paid from
//    opinion and economy while they last;
//  - forces: each ally builds up to its force cap (§4.2), one unit at a time where the network
//    without America falls shortest of China's pressure;
//  - links between the spokes: every alliance that joins two allies stands at its highest
//    level, and every theatre is exercised (§4.3, §9);
//  - South Korea's own deterrent, with its printed forces and the tension it raises (§6) [F42].
import {
  ALLY_SEATS, RULES, THEATRES, alliesPowerRatio, createInitialState, deterrence, forceCap, pressure, totalForces,
  type GState, type TheatreId,
} from '../game';
import { BUDGET_STEP, NUCLEAR_FORCES } from '../game/home-front';
import { basingTheatres } from '../game/ops';
import { changeTension, changeTrack, forcesIn, setForces } from '../game/effects';
import { FORCES_MAX } from '../game/bounds';

export interface TheatreBalance {
  theatre: TheatreId;
  pressure: number;
  /** the network's deterrence with America, and without it */
  withAmerica: number;
  withoutAmerica: number;
}

export interface Balance {
  theatres: TheatreBalance[];
  /** the share of China's pressure, summed over the theatres, that the network without
   *  America matches (each theatre counts up to its pressure: a surplus in one theatre does
   *  not hold another) */
  aloneRatio: number;
  /** the same with America */
  withAmericaRatio: number;
}

export interface SelfHelp {
  scenario: string;
  start: Balance;
  selfHelp: Balance;
  /** share of the gap to parity (ratio 1) that self-help closes, from the start */
  gapClosed: number;
  /** the allies' combined GDP against China's: self-help does not change it */
  powerRatio: number;
  /** what the budgets cost: opinion and economy points spent, over all allies */
  budgetCost: number;
}

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

export function balanceOf(G: GState): Balance {
  const theatres = THEATRES.map((t) => ({
    theatre: t,
    pressure: pressure(G, t),
    withAmerica: deterrence(G, t),
    withoutAmerica: deterrence(G, t, { withoutAmerica: true }),
  }));
  const pressureTotal = sum(theatres.map((b) => b.pressure));
  return {
    theatres,
    aloneRatio: sum(theatres.map((b) => Math.min(b.withoutAmerica, b.pressure))) / pressureTotal,
    withAmericaRatio: sum(theatres.map((b) => Math.min(b.withAmerica, b.pressure))) / pressureTotal,
  };
}

const gapToTheatre = (G: GState, t: TheatreId) => pressure(G, t) - deterrence(G, t, { withoutAmerica: true });

/** Budgets raised at every home front while opinion or economy can pay; returns the cost. */
function raiseBudgets(G: GState, rounds: number): number {
  let cost = 0;
  for (const ally of ALLY_SEATS) {
    for (let r = 0; r < rounds; r++) {
      const st = G.actors[ally];
      if (!st) break;
      const track = st.opinion >= st.economy ? 'opinion' : 'economy';
      if (st[track] === 0) break;
      changeTrack(G, ally, 'defence', BUDGET_STEP, 'self-help');
      changeTrack(G, ally, track, -1, 'self-help');
      cost += 1;
    }
  }
  return cost;
}

/** Each ally builds to its cap, one unit at a time where the gap is widest. */
function buildForces(G: GState): void {
  for (const ally of ALLY_SEATS) {
    while (totalForces(G, ally) < forceCap(G, ally)) {
      const room = basingTheatres(G, ally).filter((t) => forcesIn(G, ally, t) < FORCES_MAX);
      const best = room.sort((a, b) => gapToTheatre(G, b) - gapToTheatre(G, a))[0];
      if (!best) break;
      setForces(G, ally, best, forcesIn(G, ally, best) + 1, 'self-help');
    }
  }
}

/** The balance at the start of a scenario and with every self-help option taken. */
export function selfHelp(scenarioId: string): SelfHelp {
  const scenario = RULES.scenarios[scenarioId];
  if (!scenario) throw new Error(`unknown scenario ${scenarioId}`);
  const G = createInitialState(6, { scenario: scenarioId });
  const start = balanceOf(G);
  for (const [id, card] of Object.entries(RULES.alliances)) {
    const allies = card.members.filter((m) => (ALLY_SEATS as readonly string[]).includes(m));
    const st = G.alliances[id];
    if (st && allies.length >= 2) st.level = card.max;
  }
  // South Korea's own deterrent, with its printed forces and the tension it raises [F42].
  const kr = G.actors.KR;
  if (kr && !kr.flags.includes('nuclear')) {
    kr.flags.push('nuclear');
    setForces(G, 'KR', 'KOR', forcesIn(G, 'KR', 'KOR') + NUCLEAR_FORCES, 'self-help');
    changeTension(G, 'KOR', 2, 'self-help');
  }
  const budgetCost = raiseBudgets(G, scenario.rounds);
  buildForces(G);
  G.exercised = [...THEATRES];
  const after = balanceOf(G);
  return {
    scenario: scenarioId,
    start,
    selfHelp: after,
    gapClosed: start.aloneRatio >= 1 ? 0 : (after.aloneRatio - start.aloneRatio) / (1 - start.aloneRatio),
    powerRatio: alliesPowerRatio(),
    budgetCost,
  };
}
