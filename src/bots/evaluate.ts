// How good a state is for one seat: an estimate, in 0..1, of the chance that the seat shares
// the win. The network wins on the regional-order track; an ally or America shares that win only
// if its secret agenda holds; China wins alone. So the estimate is the side's chance times, for
// a network seat, the chance its agenda holds at the end — plus small terms for what moves the
// game later (national-interest points, a public that may vote the government out).
import { ALLY_SEATS, NETWORK_SEATS, RULES, isNetworkSeat, type GState, type SeatId } from '../game';
import { forceCap, totalForces } from '../game/seats';
import type { Condition } from '../game/schema';
import { holds } from '../game/effects';
import { CRISIS_LINE } from '../game/crisis';
import { ORDER_WIN } from '../game/bounds';
import { theatreBalances } from './balance';

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** Rounds still to be scored, counting the current one. */
const roundsLeft = (G: GState) => Math.max(0, G.lastRound - G.round + 1);

/** A theatre's pull on the round's swing: +1 held, −1 dominated, smooth in between and
 *  beyond, so that every point of deterrence or pressure counts. */
const pull = (d: number, p: number) => Math.tanh((d - p + 1.5) / 3);

/** Where the order track is heading. The round's swing (at most one either way) is read twice:
 *  for this round's scoring with this round's exercises, and for the rounds after without them
 *  (exercises help only in the round they are held). Force cap not yet used is strength still to
 *  come; a crisis past the line is likely to cost order. */
function orderOutlook(G: GState): number {
  let now = 0;
  let crisisRisk = 0;
  for (const { deterrence: d, pressure: p } of theatreBalances(G)) {
    now += pull(d, p);
    crisisRisk = Math.max(crisisRisk, Math.max(0, Math.min(1, (p - d - CRISIS_LINE + 3) / 6)));
  }
  let later = now;
  if (G.exercised.length) {
    later = 0;
    for (const { deterrence: d, pressure: p } of theatreBalances({ ...G, exercised: [] })) later += pull(d, p);
  }
  const after = Math.max(0, roundsLeft(G) - 1);
  const headroom = (seat: SeatId) => forceCap(G, seat) - totalForces(G, seat);
  const reserve = NETWORK_SEATS.reduce((s, seat) => s + headroom(seat), 0) - headroom('CN');
  const perRound = (swing: number) => Math.tanh(swing / 2.5);
  const potential = 0.08 * reserve + 0.03 * allianceHeadroom(G) + (after > 0 ? allyStanding(G) : 0);
  return G.tracks.order + 0.9 * perRound(now) + 0.7 * after * perRound(later + potential) - crisisRisk * 1.2;
}

/** Alliance levels the network can still build: minilaterals in play or not, below their top
 *  level, not suspended, whose printed requirement holds. A card that opens one (Japan's
 *  information-security law opens the AUKUS work with Japan) is strength still to come. */
const headroomMemo = new Map<string, number>();

export function allianceHeadroom(G: GState): number {
  let key = `${G.tracks.order}|${G.actors.PH?.aligned ? 1 : 0}|${G.actors.JP?.flags.join(',')}|${G.actors.AU?.flags.join(',')}`;
  for (const id in G.alliances) {
    const a = G.alliances[id] as { level: number; suspended: number };
    key += `|${a.level}${a.suspended > 0 ? 's' : ''}`;
  }
  let open = headroomMemo.get(key);
  if (open === undefined) {
    open = countHeadroom(G);
    if (headroomMemo.size > 20_000) headroomMemo.clear();
    headroomMemo.set(key, open);
  }
  return open;
}

function countHeadroom(G: GState): number {
  let open = 0;
  for (const [id, card] of Object.entries(RULES.alliances)) {
    if (card.kind !== 'minilateral') continue;
    const a = G.alliances[id];
    const level = a?.level ?? 0;
    if ((a?.suspended ?? 0) > 0 || level >= card.max) continue;
    if (card.requires && !holds(G, card.requires, { self: 'US' })) continue;
    open += card.max - level;
  }
  return open;
}

/** What the allies can still bring in later rounds, in points of swing: an economy that can pay
 *  for budget raises (defence, so forces), trade with China past the line where coercion and
 *  export squeezes bite (F24), and a public that may vote the government out at a coming
 *  election (F26), which halves its links and swaps its agenda for a hedging one. */
export function allyStanding(G: GState): number {
  let h = 0;
  for (const a of ALLY_SEATS) {
    const st = G.actors[a];
    if (!st) continue;
    h += 0.05 * (Math.min(st.economy, 8) - 5) - 0.06 * Math.max(0, st.chinaTrade - 5);
    const electionAhead = (RULES.actors[a]?.elections ?? []).some((r) => r >= G.round);
    if (st.aligned && electionAhead) h -= 0.2 * Math.max(0, 5 - st.opinion);
  }
  return h;
}

/** The chance that the network, not China, wins the game. */
export function networkChance(G: GState): number {
  const outlook = Math.max(-ORDER_WIN, Math.min(ORDER_WIN, orderOutlook(G)));
  // The final check is order > 0: an outlook of exactly 0 still leans to China.
  return sigmoid((outlook - 0.5) / 1.6);
}

/** How far a tracked value is, in its own usual steps, from a bound. */
const STEP: Record<string, number> = { defence: 4, troops: 9500, taiwanDefence: 3, order: 2, election: 2 };

function distance(value: number, c: { atLeast?: number; atMost?: number }): number {
  return Math.max(0, (c.atLeast ?? -Infinity) - value) + Math.max(0, value - (c.atMost ?? Infinity));
}

/** How close a condition is to holding, in 0..1 (1 = it holds); `slack` is how many of its
 *  steps are still likely to be made up before the end. */
export function closeness(G: GState, c: Condition, self: SeatId, slack: number): number {
  const near = (value: number, track: string, cond: { atLeast?: number; atMost?: number }) =>
    Math.exp(-distance(value, cond) / ((STEP[track] ?? 1) * slack));
  switch (c.when) {
    case 'global': return near(c.track === 'round' ? G.round : G.tracks[c.track], c.track, c);
    case 'track': {
      const actor = c.actor === 'self' ? self : c.actor;
      return near(G.actors[actor as SeatId]?.[c.track] ?? 0, c.track, c);
    }
    case 'tension': return c.theatre === 'target' ? 0.5 : near(G.tension[c.theatre], 'tension', c);
    case 'alliance': {
      const a = G.alliances[c.alliance];
      return near(!a || a.suspended > 0 ? 0 : a.level, 'alliance', c);
    }
    case 'alliancesAtLevel': {
      const built = Object.values(G.alliances).filter((a) => a.suspended === 0 && a.level >= c.level).length;
      return near(built, 'alliances', { atLeast: c.atLeast });
    }
    case 'all': return c.of.reduce((p, x) => p * closeness(G, x, self, slack), 1);
    case 'any': return Math.max(...c.of.map((x) => closeness(G, x, self, slack)));
    default: return holds(G, c, { self }) ? 1 : 0.25;
  }
}

/** The chance that the seat's agenda holds at the end of the game. */
export function agendaChance(G: GState, seat: SeatId): number {
  const agenda = G.agendas[seat] ? RULES.agendas[G.agendas[seat] as string] : undefined;
  if (!agenda) return 0;
  const slack = 0.6 + 0.5 * (roundsLeft(G) - 1);
  return 0.05 + 0.9 * closeness(G, agenda.goal, seat, Math.max(0.6, slack));
}

/** Small terms: points break ties between winners; an ally whose public turns against it may
 *  lose its government (and its agenda) at the next domestic election. */
function shaping(G: GState, seat: SeatId): number {
  const st = G.actors[seat];
  if (!st) return 0;
  const risk = seat !== 'US' && seat !== 'CN' && st.opinion <= 3 ? 0.04 * (4 - st.opinion) : 0;
  return 0.004 * st.nip - risk;
}

/** The value of a state for a seat, in about 0..1. */
export function evaluate(G: GState, seat: SeatId): number {
  if (G.result) return G.result.winners.includes(seat) ? 1 : G.result.accommodated.includes(seat) ? 0.2 : 0;
  const network = networkChance(G);
  const side = isNetworkSeat(seat) ? network * agendaChance(G, seat) : 1 - network;
  return side + shaping(G, seat);
}
