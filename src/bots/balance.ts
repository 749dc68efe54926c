// Deterrence against pressure in every theatre, as the searching bots read it many times a
// decision. Deterrence depends only on the links (alliances, credibility, governments, this
// round's exercises) and on the forces in the theatre, so it is remembered by exactly those:
// the figure is the engine's own, only not recomputed for a state that differs elsewhere.
import { THEATRES, deterrence, pressure, type GState, type TheatreId } from '../game';
import { NETWORK_ACTORS } from '../game/deterrence';

const MAX_ENTRIES = 200_000;
const memo = new Map<string, number>();

function linkKey(G: GState): string {
  let key = G.exercised.join(',');
  for (const id in G.alliances) {
    const a = G.alliances[id] as { level: number; suspended: number };
    key += `|${a.level}${a.suspended > 0 ? 's' : ''}`;
  }
  for (const actor of NETWORK_ACTORS) {
    const st = G.actors[actor];
    key += st ? `|${st.credibility}${st.aligned ? '' : 'x'}` : '|-';
  }
  return key;
}

function forcesKey(G: GState, t: TheatreId): string {
  let key = t;
  for (const actor of NETWORK_ACTORS) key += `,${G.actors[actor]?.forces[t] ?? 0}`;
  return key;
}

export interface TheatreBalance { theatre: TheatreId; deterrence: number; pressure: number }

/** Deterrence and pressure of every theatre. */
export function theatreBalances(G: GState): TheatreBalance[] {
  const links = linkKey(G);
  if (memo.size > MAX_ENTRIES) memo.clear();
  return THEATRES.map((t) => {
    const key = `${links}#${forcesKey(G, t)}`;
    let d = memo.get(key);
    if (d === undefined) {
      d = deterrence(G, t);
      memo.set(key, d);
    }
    return { theatre: t, deterrence: d, pressure: pressure(G, t) };
  });
}
