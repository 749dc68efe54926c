// Home front (rulebook §6): budgets move at a price, domestic elections may turn a government
// away from the network, South Korea may go nuclear, and America votes.
import { SEATS, type BudgetChoice, type SeatId } from './ids';
import type { GState } from './state';
import { RULES } from './rules';
import { log } from './log';
import { changeGlobal, changeTension, changeTrack, forcesIn, setForces, setGovernment } from './effects';
import type { Rng } from './random';

export const BUDGET_STEP = 2;
/** South Korea turns to its own deterrent when America's garrison shrinks or America First
 *  rules, and its public backs it [F41, F42]. */
export const KOREA_GARRISON = 28_500;
export const NUCLEAR_FORCES = 3;
/** Taiwan's units in the strait that its budget pays for: its force cap (6.2) read from the
 *  Taiwan defence track, so 3 at the 2.5% of 2024 and 4 at its 3% target [F38]. */
export const taiwanUnits = (G: GState): number => Math.floor((G.tracks.taiwanDefence / 10) * (RULES.actors.TW?.forcesPerPoint ?? 0));

export function nuclearAllowed(G: GState, seat: SeatId): boolean {
  const st = G.actors[seat];
  return seat === 'KR' && !!st && !st.flags.includes('nuclear') && st.opinion >= 5
    && (G.tracks.troops < KOREA_GARRISON || G.administration === 'americaFirst');
}

export function budgetChoices(G: GState, seat: SeatId): BudgetChoice[] {
  const st = G.actors[seat];
  if (!st) return [];
  const choices: BudgetChoice[] = [];
  if (st.defence + BUDGET_STEP <= 60) {
    if (st.opinion > 0) choices.push('raiseOpinion');
    if (st.economy > 0) choices.push('raiseEconomy');
  }
  choices.push('hold');
  if (st.defence >= BUDGET_STEP) choices.push('cut');
  if (nuclearAllowed(G, seat)) choices.push('nuclear');
  return choices;
}

export function startHomeFront(G: GState): void {
  G.phase = 'homeFront';
  G.homeChoices = {};
  G.step = { kind: 'homeFront', awaiting: [...SEATS] };
}

function applyBudget(G: GState, seat: SeatId, choice: BudgetChoice): void {
  const src = `budget-${choice}`;
  switch (choice) {
    case 'raiseOpinion': changeTrack(G, seat, 'defence', BUDGET_STEP, src); changeTrack(G, seat, 'opinion', -1, src); return;
    case 'raiseEconomy': changeTrack(G, seat, 'defence', BUDGET_STEP, src); changeTrack(G, seat, 'economy', -1, src); return;
    case 'hold': return;
    case 'cut': changeTrack(G, seat, 'defence', -BUDGET_STEP, src); changeTrack(G, seat, 'opinion', 1, src); return;
    case 'nuclear':
      // The printed costs of going nuclear [F42].
      G.actors[seat]?.flags.push('nuclear');
      log(G, { type: 'effect', what: 'nuclear', actor: seat, from: 0, to: 1, source: src });
      setForces(G, seat, 'KOR', forcesIn(G, seat, 'KOR') + NUCLEAR_FORCES, src);
      changeTrack(G, seat, 'economy', -2, src);
      changeTrack(G, seat, 'credibility', -2, src);
      changeTension(G, 'KOR', 2, src);
      changeGlobal(G, 'reliability', -1, src);
      return;
  }
}

export function resolveHomeFront(G: GState, rng: Rng): void {
  for (const seat of SEATS) {
    const choice = G.homeChoices[seat] ?? 'hold';
    log(G, { type: 'budget', actor: seat, choice });
    applyBudget(G, seat, choice);
  }
  G.homeChoices = {};
  // Domestic elections: an unhappy public can turn a government away from the network [F26].
  for (const [id, actor] of Object.entries(RULES.actors)) {
    const st = G.actors[actor.id];
    if (st && actor.elections.includes(G.round) && st.opinion <= 3) setGovernment(G, actor.id, false, `election-${id}`);
  }
  // Taiwan spends more when the strait heats up, toward its 3% target [F38], and what it
  // spends fields units in the strait, up to the force cap its budget pays for.
  if (G.tension.TWN >= 6) changeGlobal(G, 'taiwanDefence', 1, 'taiwan-budget');
  if (forcesIn(G, 'TW', 'TWN') < taiwanUnits(G)) setForces(G, 'TW', 'TWN', forcesIn(G, 'TW', 'TWN') + 1, 'taiwan-budget');
  if (G.round === G.electionRound && G.administration === 'undecided') decideElection(G, rng);
}

/** The US election: fixed by the scenario, or drawn from the track (seeded) [F29, F30]. */
export function decideElection(G: GState, rng: Rng): void {
  const chance = (G.tracks.election + 6) / 12;
  const draw = rng.number();
  const winner = G.fixedElection ?? (draw < chance ? 'americaFirst' : 'continuity');
  G.administration = winner;
  log(G, { type: 'election', winner, track: G.tracks.election, fixed: G.fixedElection !== null });
}
