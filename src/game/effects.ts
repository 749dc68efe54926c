// The effect and condition language of the cards: one small function per instruction.
// Effects mutate the state they are given (an immer draft under boardgame.io, a private copy
// on the pure path) and clamp every track to its bounds.
import { ALLY_SEATS, NETWORK_SEATS, isSeat, type ActorId, type ActorTrack, type SeatId, type TheatreId } from './ids';
import type { Condition, Effect } from './schema';
import type { GState, GlobalTracks } from './state';
import { ACTOR_BOUNDS, FORCES_MAX, GLOBAL_BOUNDS, TENSION_MAX, clamp } from './bounds';
import { log } from './log';
import { RULES } from './rules';
import { drawCards } from './decks';
import type { Rng } from './random';

/** One US force unit in Korea stands for this many troops (28,500 = 3 units) [F41]. */
export const TROOPS_PER_UNIT = 9500;

export interface EffectContext {
  /** the actor who plays the card, if anyone does */
  self?: SeatId;
  /** the chosen target of the card: an actor or a theatre */
  target?: string;
  /** the card or rule the effect comes from, for the log */
  source: string;
  rng: Rng;
}

function resolveActors(ref: string, ctx: EffectContext): ActorId[] {
  switch (ref) {
    case 'self': return ctx.self ? [ctx.self] : [];
    case 'target': return ctx.target ? [ctx.target as ActorId] : [];
    case 'allies': return [...ALLY_SEATS];
    case 'network': return [...NETWORK_SEATS];
    default: return [ref as ActorId];
  }
}
const resolveTheatre = (ref: string, ctx: EffectContext): TheatreId | undefined =>
  (ref === 'target' ? ctx.target : ref) as TheatreId | undefined;

const within = (v: number, c: { atLeast?: number; atMost?: number }) =>
  (c.atLeast === undefined || v >= c.atLeast) && (c.atMost === undefined || v <= c.atMost);

/** A suspended alliance (halted exercises) counts as not in play. */
export function effectiveLevel(G: GState, id: string): number {
  const a = G.alliances[id];
  return !a || a.suspended > 0 ? 0 : a.level;
}

export function globalValue(G: GState, track: keyof GlobalTracks | 'round'): number {
  return track === 'round' ? G.round : G.tracks[track];
}

export function holds(G: GState, c: Condition, ctx: Omit<EffectContext, 'rng' | 'source'> = {}): boolean {
  const full = { ...ctx, source: '', rng: { number: () => 0 } };
  switch (c.when) {
    case 'administration': return G.administration === c.is;
    case 'global': return within(globalValue(G, c.track), c);
    case 'track': return resolveActors(c.actor, full).every((a) => within(G.actors[a]?.[c.track] ?? 0, c));
    case 'tension': { const t = resolveTheatre(c.theatre, full); return !!t && within(G.tension[t], c); }
    case 'alliance': return within(effectiveLevel(G, c.alliance), c);
    case 'alliancesAtLevel': return Object.keys(G.alliances).filter((id) => effectiveLevel(G, id) >= c.level).length >= c.atLeast;
    case 'flag': return resolveActors(c.actor, full).every((a) => G.actors[a]?.flags.includes(c.flag) ?? false);
    case 'aligned': return resolveActors(c.actor, full).every((a) => G.actors[a]?.aligned ?? false);
    case 'all': return c.of.every((x) => holds(G, x, ctx));
    case 'any': return c.of.some((x) => holds(G, x, ctx));
    case 'not': return !holds(G, c.of, ctx);
  }
}

export function changeTrack(G: GState, actor: ActorId, track: ActorTrack, by: number, source: string): void {
  const st = G.actors[actor];
  if (!st || by === 0) return;
  const from = st[track];
  const [lo, hi] = ACTOR_BOUNDS[track];
  st[track] = clamp(from + by, lo, hi);
  if (st[track] !== from) log(G, { type: 'effect', what: track, actor, from, to: st[track], source });
}

export function changeGlobal(G: GState, track: keyof GlobalTracks, by: number, source: string): void {
  const from = G.tracks[track];
  const [lo, hi] = GLOBAL_BOUNDS[track];
  G.tracks[track] = clamp(from + by, lo, hi);
  if (G.tracks[track] === from) return;
  log(G, { type: 'effect', what: track, from, to: G.tracks[track], source });
  // The troop figure is the garrison in Korea: US forces there follow its changes [F41].
  if (track === 'troops') {
    const units = (n: number) => Math.floor(n / TROOPS_PER_UNIT);
    setForces(G, 'US', 'KOR', forcesIn(G, 'US', 'KOR') + units(G.tracks.troops) - units(from), source);
  }
}

export function changeTension(G: GState, theatre: TheatreId, by: number, source: string): void {
  const from = G.tension[theatre];
  G.tension[theatre] = clamp(from + by, 0, TENSION_MAX);
  if (G.tension[theatre] !== from) log(G, { type: 'effect', what: 'tension', theatre, from, to: G.tension[theatre], source });
}

export function setForces(G: GState, actor: ActorId, theatre: TheatreId, to: number, source: string): void {
  const st = G.actors[actor];
  if (!st) return;
  const from = st.forces[theatre] ?? 0;
  const value = clamp(to, 0, FORCES_MAX);
  if (value === from) return;
  if (value === 0) delete st.forces[theatre];
  else st.forces[theatre] = value;
  log(G, { type: 'effect', what: 'forces', actor, theatre, from, to: value, source });
}

export const forcesIn = (G: GState, actor: ActorId, theatre: TheatreId): number => G.actors[actor]?.forces[theatre] ?? 0;

export function changeAlliance(G: GState, id: string, by: number, source: string): void {
  const a = G.alliances[id];
  const card = RULES.alliances[id];
  if (!a || !card) return;
  const from = a.level;
  a.level = clamp(from + by, 0, card.max);
  if (a.level !== from) log(G, { type: 'effect', what: 'alliance', alliance: id, from, to: a.level, source });
}

/** A change of government: an ally that turns away from the network takes a hedging agenda [F26]. */
export function setGovernment(G: GState, actor: ActorId, aligned: boolean, cause: string): void {
  const st = G.actors[actor];
  if (!st || st.aligned === aligned) return;
  st.aligned = aligned;
  log(G, { type: 'government', actor, aligned, cause });
  if (!aligned && isSeat(actor) && G.agendas[actor]) {
    const hedging = G.decks.agendaPool.find((id) => RULES.agendas[id]?.actor === actor && RULES.agendas[id]?.kind === 'hedging');
    if (hedging) {
      G.decks.agendaPool = G.decks.agendaPool.filter((id) => id !== hedging);
      G.decks.agendaPool.push(G.agendas[actor] as string);
      G.agendas[actor] = hedging;
      log(G, { type: 'agendaDealt', actor, agenda: hedging });
    }
  }
}

function applyOne(G: GState, e: Effect, ctx: EffectContext): void {
  const src = ctx.source;
  switch (e.op) {
    case 'tension': { const t = resolveTheatre(e.theatre, ctx); if (t) changeTension(G, t, e.by, src); return; }
    case 'global': changeGlobal(G, e.track, e.by, src); return;
    case 'track':
      for (const a of resolveActors(e.actor, ctx)) {
        let by = e.by;
        const st = G.actors[a];
        // Lobbying is insurance: a seat's insurance softens a harmful American event [F32].
        if (e.insurable && by < 0 && st && st.insurance > 0) {
          by = Math.min(0, by + st.insurance);
          changeTrack(G, a, 'insurance', -1, src);
        }
        changeTrack(G, a, e.track, by, src);
      }
      return;
    case 'forces': {
      const t = resolveTheatre(e.theatre, ctx);
      if (t) for (const a of resolveActors(e.actor, ctx)) setForces(G, a, t, forcesIn(G, a, t) + e.by, src);
      return;
    }
    case 'alliance': changeAlliance(G, e.alliance, e.by, src); return;
    case 'suspend': {
      const a = G.alliances[e.alliance];
      if (a && a.level > 0) {
        a.suspended = Math.max(a.suspended, e.rounds);
        log(G, { type: 'effect', what: 'suspended', alliance: e.alliance, from: 0, to: a.suspended, source: src });
      }
      return;
    }
    case 'flag':
      for (const a of resolveActors(e.actor, ctx)) {
        const st = G.actors[a];
        if (!st || st.flags.includes(e.flag) === e.value) continue;
        st.flags = e.value ? [...st.flags, e.flag] : st.flags.filter((f) => f !== e.flag);
        log(G, { type: 'effect', what: e.flag, actor: a, from: e.value ? 0 : 1, to: e.value ? 1 : 0, source: src });
      }
      return;
    case 'government': for (const a of resolveActors(e.actor, ctx)) setGovernment(G, a, e.aligned, src); return;
    case 'draw': for (const a of resolveActors(e.actor, ctx)) if (isSeat(a)) drawCards(G, a, e.count, ctx.rng); return;
    case 'if': applyEffects(G, holds(G, e.cond, ctx) ? e.then : (e.else ?? []), ctx); return;
  }
}

export function applyEffects(G: GState, effects: readonly Effect[], ctx: EffectContext): void {
  for (const e of effects) applyOne(G, e, ctx);
}
