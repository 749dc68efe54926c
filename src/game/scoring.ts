// Scoring and victory (rulebook §7, §10): the regional-order tug-of-war, national-interest
// points, and who shares a win.
import { ALLY_SEATS, NETWORK_SEATS, SEATS, THEATRES, type SeatId } from './ids';
import type { GState, Result } from './state';
import { RULES } from './rules';
import { log } from './log';
import { changeAlliance, changeGlobal, changeTension, changeTrack, holds } from './effects';
import { deterrence, pressure } from './deterrence';
import { clamp, HEDGING_LINE, ORDER_WIN } from './bounds';

/** Does a seat's secret agenda hold now? */
export function agendaHolds(G: GState, seat: SeatId): boolean {
  const agenda = G.agendas[seat] ? RULES.agendas[G.agendas[seat] as string] : undefined;
  return !!agenda && holds(G, agenda.goal, { self: seat });
}

/** Final national-interest score: points earned plus the agenda's points if it holds. */
export function finalScore(G: GState, seat: SeatId): number {
  const agenda = G.agendas[seat] ? RULES.agendas[G.agendas[seat] as string] : undefined;
  return (G.actors[seat]?.nip ?? 0) + (agenda && agendaHolds(G, seat) ? agenda.points : 0);
}

/** China dominates a theatre where its pressure runs past the network's deterrence by more
 *  than this (rulebook §7). */
export const DOMINANCE_MARGIN = 5;

/** The regional-order move of a round: +1 per theatre the network holds, −1 per theatre
 *  China dominates, at most one either way. */
export function orderSwing(G: GState): number {
  let score = 0;
  for (const t of THEATRES) {
    const d = deterrence(G, t);
    const p = pressure(G, t);
    if (d >= p) score += 1;
    else if (p > d + DOMINANCE_MARGIN) score -= 1;
  }
  return clamp(score, -1, 1);
}

function nationalInterest(G: GState): void {
  const src = 'scoring';
  for (const ally of ALLY_SEATS) {
    if ((G.actors[ally]?.economy ?? 0) >= 5) changeTrack(G, ally, 'nip', 1, src);
    if (agendaHolds(G, ally)) changeTrack(G, ally, 'nip', 1, src);
  }
  const hotTheatres = THEATRES.filter((t) => G.tension[t] >= 6).length;
  const hedgers = ALLY_SEATS.filter((a) => !G.actors[a]?.aligned).length;
  changeTrack(G, 'CN', 'nip', hotTheatres + hedgers, src);
  // America's own scoring changes with the administration.
  if (G.administration === 'americaFirst') {
    const spenders = ALLY_SEATS.filter((a) => (G.actors[a]?.defence ?? 0) >= 20).length;
    changeTrack(G, 'US', 'nip', spenders + G.concessions, src);
  } else {
    const built = Object.entries(G.alliances).filter(([id, st]) => RULES.alliances[id]?.kind === 'minilateral' && st.level >= 2).length;
    changeTrack(G, 'US', 'nip', Math.min(3, built), src);
  }
  G.concessions = 0;
}

export function scoreRound(G: GState): void {
  const delta = orderSwing(G);
  changeGlobal(G, 'order', delta, 'scoring');
  log(G, { type: 'score', order: G.tracks.order, delta });
  nationalInterest(G);
  // Where the network deters, tension eases.
  for (const t of THEATRES) if (deterrence(G, t) >= pressure(G, t)) changeTension(G, t, -1, 'deterrence-holds');
  // New multilateral initiatives wither under America First when the hub looks unreliable [F34].
  if (G.administration === 'americaFirst' && G.tracks.reliability <= 3) {
    for (const [id, st] of Object.entries(G.alliances)) {
      const card = RULES.alliances[id];
      if (card?.kind === 'minilateral' && card.members.includes('US') && st.level >= 2) changeAlliance(G, id, -1, 'america-first-decay');
    }
  }
  for (const st of Object.values(G.alliances)) if (st.suspended > 0) st.suspended -= 1;
  G.exercised = [];
  if (checkImmediateVictory(G)) return;
  if (G.round >= G.lastRound) endGame(G, G.tracks.order > 0 ? 'network' : 'china', 'final-order');
}

/** Either end of the regional-order track wins at once. */
export function checkImmediateVictory(G: GState): boolean {
  if (G.result) return true;
  if (G.tracks.order >= ORDER_WIN) endGame(G, 'network', 'order-network');
  else if (G.tracks.order <= -ORDER_WIN) endGame(G, 'china', 'order-china');
  return !!G.result;
}

export function computeResult(G: GState, side: Result['side'], reason: Result['reason']): Result {
  const byScore = (seats: readonly SeatId[]) => [...seats].sort((a, b) => finalScore(G, b) - finalScore(G, a) || SEATS.indexOf(a) - SEATS.indexOf(b));
  if (side === 'network') {
    const winners = byScore(NETWORK_SEATS.filter((s) => agendaHolds(G, s)));
    const rest = byScore(NETWORK_SEATS.filter((s) => !winners.includes(s)));
    return { side, reason, winners, accommodated: [], ranking: [...winners, ...rest, 'CN'] };
  }
  // Hedging is a real strategy: an ally deep in China's trade ranks behind China, ahead of the rest.
  const accommodated = byScore(ALLY_SEATS.filter((a) => (G.actors[a]?.chinaTrade ?? 0) >= HEDGING_LINE));
  const rest = byScore(NETWORK_SEATS.filter((s) => !accommodated.includes(s)));
  return { side, reason, winners: ['CN'], accommodated, ranking: ['CN', ...accommodated, ...rest] };
}

export function endGame(G: GState, side: Result['side'], reason: Result['reason']): void {
  if (G.result) return;
  G.result = computeResult(G, side, reason);
  G.phase = 'over';
  G.step = { kind: 'over' };
  G.crisis = null;
  log(G, { type: 'end', result: G.result });
}
