// Deterrence is computed from the network, never stored (rulebook §9). An actor's forces in a
// theatre count toward a host's defence through the best chain of links between them: a
// treaty obliges, an exercised link helps, no link does little. Most chains run through the
// hub, so taking the United States away lowers the figure by itself — no special rule [F46].
import { THEATRES, type ActorId, type TheatreId } from './ids';
import type { GState } from './state';
import { RULES } from './rules';

/** Actors whose forces count for the network. */
export const NETWORK_ACTORS: readonly ActorId[] = ['US', 'JP', 'KR', 'AU', 'PH', 'TW', 'TH'];

export const NO_LINK = 0.1;
const EXERCISE_BONUS = 0.25;

export interface DeterrenceOptions {
  /** compute "the network without America": the hub's forces and links removed */
  withoutAmerica?: boolean;
}

export interface DeterrencePart {
  actor: ActorId;
  forces: number;
  weight: number;
  /** the chain of actors the forces count through, from the actor to the host */
  path: ActorId[];
}

export interface DeterrenceBreakdown {
  theatre: TheatreId;
  total: number;
  host: ActorId | null;
  parts: DeterrencePart[];
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** How far the giver's word is trusted: 0.5 at credibility 0, 1.0 at 10. A government that
 *  has turned away from the network gives half. */
export function trustFactor(G: GState, giver: ActorId): number {
  const st = G.actors[giver];
  if (!st) return 1;
  return (0.5 + st.credibility / 20) * (st.aligned ? 1 : 0.5);
}

/** What one alliance gives a member toward another in a theatre: will `from` fight for them? */
function allianceLink(kind: string, theatres: readonly TheatreId[], level: number, from: ActorId, theatre: TheatreId): number {
  // The hub is bound to defend each ally; the allies' duty back is lighter, and Japan's
  // treaty binds only America [F21].
  if (kind === 'treaty') return from === 'US' ? 1 : from === 'JP' ? 0.25 : 0.5;
  // A partnership permits but does not oblige [F18, F19].
  if (kind === 'partnership') return from === 'US' ? 0.5 : 0.25;
  return theatres.includes(theatre) ? 0.25 * level : 0;
}

const exercisedLink = (G: GState, best: number, theatre: TheatreId) =>
  best > 0 && G.exercised.includes(theatre) ? Math.min(1, best + EXERCISE_BONUS) : best;

/** Direct link weight from `from` to `to` in a theatre: will `from` fight for `to` there? */
export function directWeight(G: GState, from: ActorId, to: ActorId, theatre: TheatreId): number {
  if (from === to) return 1;
  let best = 0;
  for (const [id, state] of Object.entries(G.alliances)) {
    if (state.level === 0 || state.suspended > 0) continue;
    const card = RULES.alliances[id];
    if (!card || !card.members.includes(from) || !card.members.includes(to)) continue;
    best = Math.max(best, allianceLink(card.kind, card.theatres, state.level, from, theatre));
  }
  return exercisedLink(G, best, theatre) * trustFactor(G, from);
}

const ACTOR_INDEX = new Map(NETWORK_ACTORS.map((a, i) => [a, i]));

/** `directWeight` between every two network actors of a theatre, before the giver's trust, as
 *  a matrix indexed like NETWORK_ACTORS (the diagonal is 1): one pass over the alliances instead
 *  of one per pair, for code that reads many chains of the same state. */
export function directLinks(G: GState, theatre: TheatreId): number[][] {
  const n = NETWORK_ACTORS.length;
  const d = NETWORK_ACTORS.map(() => new Array<number>(n).fill(0));
  for (const id in G.alliances) {
    const state = G.alliances[id] as { level: number; suspended: number };
    if (state.level === 0 || state.suspended > 0) continue;
    const card = RULES.alliances[id];
    if (!card) continue;
    for (const from of card.members) {
      const f = ACTOR_INDEX.get(from);
      if (f === undefined) continue;
      const row = d[f] as number[];
      for (const to of card.members) {
        const t = ACTOR_INDEX.get(to);
        if (t === undefined || t === f) continue;
        row[t] = Math.max(row[t] as number, allianceLink(card.kind, card.theatres, state.level, from, theatre));
      }
    }
  }
  d.forEach((row, f) => row.forEach((w, t) => { row[t] = f === t ? 1 : exercisedLink(G, w, theatre); }));
  return d;
}

/** directLinks with each giver's trust: the same figures as `directWeight`. */
function trustedLinks(G: GState, theatre: TheatreId): number[][] {
  return directLinks(G, theatre).map((row, f) => {
    const trust = trustFactor(G, NETWORK_ACTORS[f] as ActorId);
    return row.map((w, t) => (f === t ? 1 : w * trust));
  });
}

/** The best chain of at most two links from an actor to a host, over a theatre's trusted links. */
function bestPath(d: number[][], from: ActorId, host: ActorId, excluded: ActorId | null): { weight: number; path: ActorId[] } {
  if (from === host) return { weight: 1, path: [from] };
  const f = ACTOR_INDEX.get(from) as number;
  const h = ACTOR_INDEX.get(host) as number;
  const row = d[f] as number[];
  let best = { weight: row[h] as number, path: [from, host] };
  NETWORK_ACTORS.forEach((mid, m) => {
    if (mid === from || mid === host || mid === excluded) return;
    const w = (row[m] as number) * ((d[m] as number[])[h] as number);
    if (w > best.weight) best = { weight: w, path: [from, mid, host] };
  });
  if (best.weight < NO_LINK) best = { weight: NO_LINK, path: [from, host] };
  return best;
}

/** Link weight from a network actor to a theatre's best-served host (used for crisis
 *  eligibility and commitments). */
export function weightToTheatre(G: GState, actor: ActorId, theatre: TheatreId, opts: DeterrenceOptions = {}): number {
  return weightsToTheatre(G, theatre, opts)(actor);
}

/** weightToTheatre for several actors in one state: the theatre's trusted links are built once. */
export function weightsToTheatre(G: GState, theatre: TheatreId, opts: DeterrenceOptions = {}): (actor: ActorId) => number {
  const excluded = opts.withoutAmerica ? 'US' : null;
  const hosts = RULES.theatres[theatre]?.hosts.filter((h) => h !== excluded) ?? [];
  const d = trustedLinks(G, theatre);
  return (actor) => {
    if (!ACTOR_INDEX.has(actor)) throw new Error(`${actor} is not in the network`);
    return Math.max(0, ...hosts.map((h) => bestPath(d, actor, h, excluded).weight));
  };
}

export function deterrenceBreakdown(G: GState, theatre: TheatreId, opts: DeterrenceOptions = {}): DeterrenceBreakdown {
  const excluded: ActorId | null = opts.withoutAmerica ? 'US' : null;
  const hosts = (RULES.theatres[theatre]?.hosts ?? []).filter((h) => h !== excluded && NETWORK_ACTORS.includes(h));
  let best: DeterrenceBreakdown = { theatre, total: 0, host: null, parts: [] };
  const d = trustedLinks(G, theatre);
  for (const host of hosts) {
    const parts: DeterrencePart[] = [];
    let total = 0;
    for (const actor of NETWORK_ACTORS) {
      if (actor === excluded) continue;
      const forces = G.actors[actor]?.forces[theatre] ?? 0;
      if (forces === 0) continue;
      const { weight, path } = bestPath(d, actor, host, excluded);
      parts.push({ actor, forces, weight: round2(weight), path });
      total += forces * weight;
    }
    if (best.host === null || total > best.total) best = { theatre, total: round2(total), host, parts };
  }
  return best;
}

export const deterrence = (G: GState, theatre: TheatreId, opts: DeterrenceOptions = {}): number =>
  deterrenceBreakdown(G, theatre, opts).total;

/** China's weight in a theatre: tension plus its forces there. */
export const pressure = (G: GState, theatre: TheatreId): number =>
  G.tension[theatre] + (G.actors.CN?.forces[theatre] ?? 0);

/** "The network without America" next to the network as it is, theatre by theatre: the
 *  figure the UI and the debrief show to make the article's point. */
export function networkWithoutAmerica(G: GState): Record<TheatreId, { with: number; without: number; pressure: number }> {
  return Object.fromEntries(
    THEATRES.map((t) => [t, { with: deterrence(G, t), without: deterrence(G, t, { withoutAmerica: true }), pressure: pressure(G, t) }]),
  ) as Record<TheatreId, { with: number; without: number; pressure: number }>;
}

/** The allies' combined weight against China's (GDP, F45): the balance the network is up against. */
export function alliesPowerRatio(): number {
  const allies: ActorId[] = ['JP', 'KR', 'AU', 'PH', 'TW', 'TH'];
  const sum = allies.reduce((s, a) => s + (RULES.actors[a]?.power ?? 0), 0);
  return sum / (RULES.actors.CN?.power ?? 1);
}
