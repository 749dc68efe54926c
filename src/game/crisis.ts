// Flashpoints (rulebook §5): where China's pressure runs past the network's deterrence, a
// crisis breaks out. Seats commit forces secretly and at once, then the dice decide.
import { NETWORK_SEATS, THEATRES, type SeatId, type TheatreId } from './ids';
import type { GState } from './state';
import { RULES } from './rules';
import { log } from './log';
import { changeGlobal, changeTension, changeTrack, forcesIn, setForces } from './effects';
import { deterrence, pressure, weightsToTheatre } from './deterrence';
import { totalForces } from './seats';
import { rollDie, type Rng } from './random';
import { endGame } from './scoring';

/** A crisis breaks out where pressure exceeds deterrence by more than this. */
export const CRISIS_LINE = 10;
export const MAX_COMMIT = 3;
export const COMMIT_WEIGHT = 2;
/** the link weight that lets a seat without forces in a theatre join its crisis */
export const ELIGIBLE_LINK = 0.3;

/** The theatre in crisis this round, if any: the greatest excess past the line. */
export function crisisTheatre(G: GState): TheatreId | null {
  let best: { t: TheatreId; excess: number } | null = null;
  for (const t of THEATRES) {
    const excess = pressure(G, t) - deterrence(G, t) - CRISIS_LINE;
    if (excess > 0 && (!best || excess > best.excess)) best = { t, excess };
  }
  return best?.t ?? null;
}

/** Who may commit: China, the hub, and each network seat with forces there or a link to a host. */
export function eligibleSeats(G: GState, theatre: TheatreId): SeatId[] {
  const weight = weightsToTheatre(G, theatre);
  const network = NETWORK_SEATS.filter((s) => s === 'US' || forcesIn(G, s, theatre) > 0 || weight(s) >= ELIGIBLE_LINK);
  return [...network, 'CN'];
}

export const maxCommit = (G: GState, seat: SeatId): number => Math.min(MAX_COMMIT, totalForces(G, seat));

/** Starts the Flashpoints step. Returns false when no theatre is in crisis. */
export function startFlashpoints(G: GState): boolean {
  G.phase = 'flashpoints';
  const theatre = crisisTheatre(G);
  if (!theatre) return false;
  const eligible = eligibleSeats(G, theatre);
  G.crisis = { theatre, eligible, commits: {} };
  log(G, { type: 'crisis', theatre, pressure: pressure(G, theatre), deterrence: deterrence(G, theatre), eligible });
  G.step = { kind: 'commit', theatre, awaiting: [...eligible] };
  return true;
}

/** Takes `count` of a seat's forces, from the crisis theatre first, then its largest. */
function loseForces(G: GState, seat: SeatId, theatre: TheatreId, count: number, source: string): void {
  for (let i = 0; i < count; i++) {
    const forces = G.actors[seat]?.forces ?? {};
    const from = (forces[theatre] ?? 0) > 0
      ? theatre
      : (Object.entries(forces).sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))[0]?.[0] as TheatreId | undefined);
    if (!from) return;
    setForces(G, seat, from, forcesIn(G, seat, from) - 1, source);
  }
}

export function resolveCrisis(G: GState, rng: Rng): void {
  const crisis = G.crisis;
  if (!crisis) return;
  const t = crisis.theatre;
  const commits = crisis.commits;
  const source = `crisis-${t}`;
  const networkCommit = NETWORK_SEATS.reduce((s, seat) => s + (commits[seat] ?? 0), 0);
  const networkRoll = rollDie(rng);
  const chinaRoll = rollDie(rng);
  // Forces sent into the crisis weigh double what stood there before it.
  const weight = weightsToTheatre(G, t);
  const network = Math.round((deterrence(G, t)
    + COMMIT_WEIGHT * NETWORK_SEATS.reduce((s, seat) => s + (commits[seat] ?? 0) * weight(seat), 0)
    + networkRoll) * 100) / 100;
  const china = Math.ceil(G.tension[t] / 3) + Math.ceil(forcesIn(G, 'CN', t) / 2) + COMMIT_WEIGHT * (commits.CN ?? 0) + chinaRoll;
  const winner = network >= china ? 'network' : 'china';
  log(G, { type: 'crisisResult', theatre: t, commits: { ...commits }, networkRoll, chinaRoll, network, china, winner });

  if (winner === 'network') {
    changeGlobal(G, 'order', 1, source);
    changeTension(G, t, -3, source);
    // China pays for the crises it loses.
    changeTrack(G, 'CN', 'nip', -2, source);
    changeTrack(G, 'CN', 'economy', -1, source);
    loseForces(G, 'CN', t, Math.ceil((commits.CN ?? 0) / 2), source);
  } else {
    changeGlobal(G, 'order', t === 'TWN' ? -2 : -1, source);
    changeTension(G, t, -1, source);
    changeGlobal(G, 'reliability', -1, source);
    for (const seat of NETWORK_SEATS) loseForces(G, seat, t, Math.ceil((commits[seat] ?? 0) / 2), source);
  }
  treatyCalls(G, t, commits, source);
  G.crisis = null;
  // A Taiwan Strait crisis the network chose not to answer, lost: China wins at once [F19].
  if (t === 'TWN' && networkCommit === 0 && winner === 'china') endGame(G, 'china', 'taiwan-unanswered');
}

/** A treaty obliges: a call left unanswered costs credibility; answering for a partner costs
 *  America at home, more under America First [F17, F18, F19, F39]. */
function treatyCalls(G: GState, t: TheatreId, commits: Partial<Record<SeatId, number>>, source: string): void {
  const hosts = RULES.theatres[t]?.hosts ?? [];
  const treatyWithUS = (ally: string) => Object.values(RULES.alliances).some((a) => a.kind === 'treaty' && a.members.includes('US') && a.members.includes(ally as never) && (G.alliances[a.id]?.level ?? 0) > 0);
  if (hosts.some((h) => h !== 'US' && treatyWithUS(h))) {
    const answered = (commits.US ?? 0) > 0;
    log(G, { type: 'treatyCall', actor: 'US', theatre: t, answered });
    if (!answered) {
      changeTrack(G, 'US', 'credibility', -2, source);
      changeGlobal(G, 'reliability', -1, source);
    }
  }
  if (hosts.includes('US')) {
    for (const ally of NETWORK_SEATS) {
      if (ally === 'US' || !treatyWithUS(ally) || !G.crisis?.eligible.includes(ally)) continue;
      const answered = (commits[ally] ?? 0) > 0;
      log(G, { type: 'treatyCall', actor: ally, theatre: t, answered });
      if (!answered) changeTrack(G, ally, 'credibility', -1, source);
    }
  }
  if (hosts.includes('TW') && (commits.US ?? 0) > 0) {
    changeTrack(G, 'US', 'opinion', G.administration === 'americaFirst' ? -2 : -1, source);
  }
}
