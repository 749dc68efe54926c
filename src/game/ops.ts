// Operations: what a card played for its operations value buys (rulebook §4.2). Each op lists
// its legal targets (an empty list means the op is not available) and resolves in one function.
import { ALLY_SEATS, THEATRES, isNetworkSeat, type OpKind, type SeatId, type TheatreId } from './ids';
import type { GState } from './state';
import { RULES } from './rules';
import { holds, changeGlobal, changeTension, changeTrack, forcesIn, setForces } from './effects';
import { forceCap, totalForces } from './seats';
import { deterrence, pressure } from './deterrence';

/** Ops that need no target resolve as soon as they are chosen. */
export const TARGETLESS_OPS: readonly OpKind[] = ['lobby', 'trade', 'reassure'];

export function opsFor(seat: SeatId): OpKind[] {
  if (seat === 'CN') return ['build', 'coerce', 'pressure'];
  if (seat === 'US') return ['build', 'exercise', 'alliance', 'reassure'];
  return ['build', 'exercise', 'alliance', 'lobby', 'trade'];
}

/** Theatres where a seat may place forces: the US anywhere, China anywhere but Oceania, an
 *  ally at home or where an alliance it belongs to is in play. */
export function basingTheatres(G: GState, seat: SeatId): TheatreId[] {
  if (seat === 'US') return [...THEATRES];
  if (seat === 'CN') return THEATRES.filter((t) => t !== 'OCE');
  const allowed = new Set<TheatreId>(RULES.actors[seat]?.home ?? []);
  for (const [id, st] of Object.entries(G.alliances)) {
    const card = RULES.alliances[id];
    if (card && st.level > 0 && card.kind === 'minilateral' && card.members.includes(seat)) card.theatres.forEach((t) => allowed.add(t));
  }
  return THEATRES.filter((t) => allowed.has(t));
}

/** Alliances a seat may propose or upgrade with a card of `ops` value. */
export function proposableAlliances(G: GState, seat: SeatId, ops: number): string[] {
  return Object.values(RULES.alliances)
    .filter((card) => {
      const st = G.alliances[card.id];
      return !!st && card.kind !== 'treaty' && card.members.includes(seat) && st.level < card.max && st.suspended === 0
        && ops >= st.level + 1 && (!card.requires || holds(G, card.requires, { self: seat }));
    })
    .map((c) => c.id);
}

export function opTargets(G: GState, seat: SeatId, op: OpKind, ops: number): string[] {
  const st = G.actors[seat];
  if (!st) return [];
  switch (op) {
    case 'build': return totalForces(G, seat) < forceCap(G, seat) ? basingTheatres(G, seat).filter((t) => forcesIn(G, seat, t) < 12) : [];
    case 'exercise': return isNetworkSeat(seat) ? THEATRES.filter((t) => forcesIn(G, seat, t) > 0 && !G.exercised.includes(t)) : [];
    case 'alliance': return proposableAlliances(G, seat, ops);
    case 'coerce': return [...ALLY_SEATS];
    case 'pressure': return [...THEATRES];
    case 'lobby': return st.insurance < 3 ? ['-'] : [];
    case 'trade': return ['-'];
    case 'reassure': return ['-'];
  }
}

/** Resolves an op with its target ('-' for the targetless ones). Alliance proposals are not
 *  resolved here: they go to consent (consent.ts). */
export function resolveOp(G: GState, seat: SeatId, op: OpKind, target: string, ops: number, source: string): void {
  switch (op) {
    case 'build': {
      const t = target as TheatreId;
      const room = forceCap(G, seat) - totalForces(G, seat);
      setForces(G, seat, t, forcesIn(G, seat, t) + Math.min(room, Math.ceil(ops / 2)), source);
      if (ops >= 3) changeTrack(G, seat, 'economy', -1, source);
      return;
    }
    case 'exercise': {
      const t = target as TheatreId;
      G.exercised.push(t);
      // A loud commitment deters but provokes.
      changeTension(G, t, 1, source);
      return;
    }
    case 'lobby': changeTrack(G, seat, 'insurance', 1, source); return;
    case 'trade':
      changeTrack(G, seat, 'economy', 1, source);
      changeTrack(G, seat, 'chinaTrade', 1, source);
      return;
    case 'reassure':
      changeGlobal(G, 'reliability', 1, source);
      changeTrack(G, seat, 'credibility', 1, source);
      return;
    case 'coerce': {
      const ally = target as SeatId;
      const exposed = (G.actors[ally]?.chinaTrade ?? 0) >= 6;
      changeTrack(G, ally, 'economy', exposed ? -2 : -1, source);
      changeTrack(G, ally, 'opinion', -1, source);
      return;
    }
    case 'pressure': changeTension(G, target as TheatreId, Math.ceil(ops / 2), source); return;
    case 'alliance': return;
  }
}

/** How far China's pressure exceeds the network's deterrence in a theatre. */
export const theatreExcess = (G: GState, t: TheatreId): number => pressure(G, t) - deterrence(G, t);
