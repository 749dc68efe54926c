// Deterrence against pressure in every theatre, as the searching bots read it many times a
// decision. Deterrence depends on the links (alliances, credibility, governments, this round's
// exercises) and on the forces in the theatre. The links change far less often than the
// forces, so for each set of links the best chain weight from every network actor to every
// host of every theatre is remembered, and deterrence is then a short sum over the forces:
// the engine's own figure (the same chains, the same sum, the same rounding), computed once
// per set of links instead of once per state.
import { RULES, THEATRES, pressure, type ActorId, type GState, type TheatreId } from '../game';
import { NETWORK_ACTORS, NO_LINK, directLinks, trustFactor } from '../game/deterrence';

const MAX_ENTRIES = 20_000;
const N = NETWORK_ACTORS.length;

/** For one theatre: its hosts, and for each host the chain weight from each network actor. */
interface TheatreWeights { hosts: ActorId[]; weights: number[][] }
/** Per set of alliance levels and exercises: each theatre's direct link weights before trust. */
const baseMemo = new Map<string, number[][][]>();
/** Per set of links (the above, and every giver's trust): the chain weights. */
const memo = new Map<string, TheatreWeights[]>();

function allianceKey(G: GState): string {
  let key = G.exercised.join(',');
  for (const id in G.alliances) {
    const a = G.alliances[id] as { level: number; suspended: number };
    key += `|${a.level}${a.suspended > 0 ? 's' : ''}`;
  }
  return key;
}

function trustKey(G: GState): string {
  let key = '';
  for (const actor of NETWORK_ACTORS) {
    const st = G.actors[actor];
    key += st ? `|${st.credibility}${st.aligned ? '' : 'x'}` : '|-';
  }
  return key;
}

/** The engine's best chain of at most two links (deterrence.ts, bestPath), weight only, from
 *  the theatre's matrix of direct link weights `d[from][to]`. */
function chainWeight(d: number[][], from: number, host: number): number {
  if (from === host) return 1;
  const row = d[from] as number[];
  let best = row[host] as number;
  for (let mid = 0; mid < N; mid++) {
    if (mid === from || mid === host) continue;
    const w = (row[mid] as number) * ((d[mid] as number[])[host] as number);
    if (w > best) best = w;
  }
  return best < NO_LINK ? NO_LINK : best;
}

function weightsFor(G: GState): TheatreWeights[] {
  const aKey = allianceKey(G);
  const key = `${aKey}#${trustKey(G)}`;
  let found = memo.get(key);
  if (found) return found;
  let base = baseMemo.get(aKey);
  if (!base) {
    base = THEATRES.map((t) => directLinks(G, t));
    if (baseMemo.size >= MAX_ENTRIES) baseMemo.clear();
    baseMemo.set(aKey, base);
  }
  const trusts = NETWORK_ACTORS.map((a) => trustFactor(G, a));
  found = THEATRES.map((t, ti) => {
    const hosts = (RULES.theatres[t]?.hosts ?? []).filter((h) => NETWORK_ACTORS.includes(h));
    const b = base[ti] as number[][];
    const d = b.map((row, from) => row.map((w, to) => (from === to ? 1 : w * (trusts[from] as number))));
    return { hosts, weights: hosts.map((h) => NETWORK_ACTORS.map((_, a) => chainWeight(d, a, NETWORK_ACTORS.indexOf(h)))) };
  });
  if (memo.size >= MAX_ENTRIES) memo.clear();
  memo.set(key, found);
  return found;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

export interface TheatreBalance { theatre: TheatreId; deterrence: number; pressure: number }

/** Deterrence and pressure of every theatre. */
export function theatreBalances(G: GState): TheatreBalance[] {
  const all = weightsFor(G);
  return THEATRES.map((t, i) => {
    const { hosts, weights } = all[i] as TheatreWeights;
    let best = 0;
    let found = false;
    for (let h = 0; h < hosts.length; h++) {
      const w = weights[h] as number[];
      let total = 0;
      for (let a = 0; a < NETWORK_ACTORS.length; a++) {
        const forces = G.actors[NETWORK_ACTORS[a] as ActorId]?.forces[t] ?? 0;
        if (forces !== 0) total += forces * (w[a] as number);
      }
      if (!found || total > best) { best = total; found = true; }
    }
    return { theatre: t, deterrence: round2(best), pressure: pressure(G, t) };
  });
}
