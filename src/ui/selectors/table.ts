// What the table shows besides the map: a seat's tracks and agenda, its hand, the global tracks,
// the theatres with their deterrence broken down, and the end of the game. Pure functions of a
// PlayerView (and the legal actions): the UI never reads the unfiltered state.
import {
  CRISIS_LINE, DOMINANCE_MARGIN, HEDGING_LINE, RULES, SEATS, THEATRES, TROOPS_PER_UNIT, agendaHolds, dateOf, deterrenceBreakdown,
  forceCap, liveDeck, pressure, totalForces,
  type Action, type ActorId, type PlayerView, type PoliticsDeck, type SeatId, type TheatreId,
} from '../../game';
import { DECK_NAMES, RESULT_REASONS, actorName, percentOfGdp } from './names';

export interface AgendaSummary {
  id: string;
  name: string;
  text: string;
  points: number;
  kind: 'standard' | 'hedging';
  holds: boolean;
}

export interface SeatSummary {
  seat: SeatId;
  name: string;
  side: 'network' | 'china';
  aligned: boolean;
  defence: number;
  defenceText: string;
  opinion: number;
  economy: number;
  chinaTrade: number;
  /** at or past the hedging line: "accommodated" if China wins */
  hedging: boolean;
  credibility: number;
  insurance: number;
  nip: number;
  forces: number;
  forceCap: number;
  flags: string[];
  handCount: number;
  /** only for a seat the viewer holds */
  agenda?: AgendaSummary;
}

export function seatSummary(view: PlayerView, seat: SeatId): SeatSummary | null {
  const st = view.actors[seat];
  if (!st) return null;
  const agendaId = view.agendas[seat];
  const agendaCard = agendaId ? RULES.agendas[agendaId] : undefined;
  return {
    seat,
    name: actorName(seat),
    side: seat === 'CN' ? 'china' : 'network',
    aligned: st.aligned,
    defence: st.defence,
    defenceText: percentOfGdp(st.defence),
    opinion: st.opinion,
    economy: st.economy,
    chinaTrade: st.chinaTrade,
    hedging: seat !== 'CN' && seat !== 'US' && st.chinaTrade >= HEDGING_LINE,
    credibility: st.credibility,
    insurance: st.insurance,
    nip: st.nip,
    forces: totalForces(view, seat),
    forceCap: forceCap(view, seat),
    flags: [...st.flags],
    handCount: view.counts.hands[seat],
    ...(agendaCard
      ? { agenda: { id: agendaCard.id, name: agendaCard.name, text: agendaCard.text, points: agendaCard.points, kind: agendaCard.kind, holds: agendaHolds(view, seat) } }
      : {}),
  };
}

export const HEDGING = HEDGING_LINE;

export interface HandCard {
  id: string;
  name: string;
  text: string;
  deck: 'strategy' | 'national';
  /** strategy cards only */
  ops?: number;
  side: 'network' | 'china' | 'neutral' | 'national';
  /** played for operations, this card's event fires for the other side */
  opponent: boolean;
  /** a starred card: removed from the game after its event */
  remove: boolean;
  /** the event asks for a theatre or an ally */
  target?: 'theatre' | 'ally';
  /** offered by the legal actions now */
  playable: boolean;
  /** why a national card cannot be played now */
  note?: string;
  facts: string[];
}

export function handCards(view: PlayerView, seat: SeatId, legal: readonly Action[]): HandCard[] {
  const playable = new Set(legal.filter((a) => a.move === 'playCard').map((a) => a.args[0] as string));
  const mySide = seat === 'CN' ? 'china' : 'network';
  const strategy: HandCard[] = (view.hands[seat] ?? []).flatMap((id) => {
    const c = RULES.strategy[id];
    if (!c) return [];
    return [{
      id, name: c.name, text: c.text, deck: 'strategy' as const, ops: c.ops, side: c.side,
      opponent: c.side !== 'neutral' && c.side !== mySide, remove: c.remove, target: c.target,
      playable: playable.has(id), facts: c.facts,
    }];
  });
  const national: HandCard[] = Object.values(RULES.national).filter((c) => c.actor === seat).map((c) => {
    let note: string | undefined;
    if (view.nationalSpent.includes(c.id)) note = 'spent: once a game';
    else if (view.nationalUsed.includes(c.id)) note = 'used this round';
    else if (view.nationalUsed.some((u) => RULES.national[u]?.actor === seat)) note = 'one national card a round';
    else if (!playable.has(c.id)) note = 'not playable now';
    return {
      id: c.id, name: c.name, text: c.text, deck: 'national' as const, side: 'national' as const, opponent: false,
      remove: c.once, target: c.target, playable: playable.has(c.id), ...(note ? { note } : {}), facts: c.facts,
    };
  });
  return [...strategy, ...national];
}

export interface TrackSummary {
  round: number;
  lastRound: number;
  date: string;
  phase: string;
  actionRound: number;
  actionRounds: number;
  order: number;
  election: number;
  electionRound: number;
  electionDate: string;
  administration: string;
  liveDeck: PoliticsDeck;
  liveDeckName: string;
  liveDeckGloss: string;
  liveDeckCount: number;
  reliability: number;
  ukraine: number;
  troops: number;
  troopUnits: number;
  taiwanDefence: number;
  strategyDeck: number;
  discard: number;
}

export function trackSummary(view: PlayerView): TrackSummary {
  const deck = liveDeck(view);
  return {
    round: view.round,
    lastRound: view.lastRound,
    date: dateOf(view.round),
    phase: view.phase,
    actionRound: view.actionRound,
    actionRounds: view.actionRounds,
    order: view.tracks.order,
    election: view.tracks.election,
    electionRound: view.electionRound,
    electionDate: dateOf(view.electionRound),
    administration: view.administration,
    liveDeck: deck,
    liveDeckName: DECK_NAMES[deck].name,
    liveDeckGloss: DECK_NAMES[deck].gloss,
    liveDeckCount: view.counts.politics[deck],
    reliability: view.tracks.reliability,
    ukraine: view.tracks.ukraine,
    troops: view.tracks.troops,
    troopUnits: Math.floor(view.tracks.troops / TROOPS_PER_UNIT),
    taiwanDefence: view.tracks.taiwanDefence,
    strategyDeck: view.counts.strategy,
    discard: view.decks.strategyDiscard.length,
  };
}

export type TheatreStatus = 'holds' | 'contested' | 'strained' | 'crisis-risk';

export interface BreakdownPart { actor: ActorId; forces: number; weight: number; via: string; contribution: number }

export interface TheatreRow {
  id: TheatreId;
  name: string;
  tension: number;
  pressure: number;
  chinaForces: number;
  deterrence: number;
  withoutAmerica: number;
  status: TheatreStatus;
  statusText: string;
  /** the rules behind the status, with this theatre's numbers (7.1 scoring, 5.1 crises) */
  statusRule: string;
  host: string | null;
  parts: BreakdownPart[];
  partsWithout: BreakdownPart[];
  exercised: boolean;
  crisis: boolean;
  selectable: boolean;
}

const STATUS_TEXT: Record<TheatreStatus, string> = {
  holds: 'deterrence holds',
  contested: 'contested',
  strained: 'China dominates',
  'crisis-risk': 'past the crisis line',
};

const r2 = (x: number) => Math.round(x * 100) / 100;

/** The status in the rulebook's own terms: what it scores (7.1) and how far a crisis is (5.1). */
export function statusRule(status: TheatreStatus, deterrence: number, pressureNow: number): string {
  const dominates = `deterrence + ${DOMINANCE_MARGIN} = ${r2(deterrence + DOMINANCE_MARGIN)}`;
  const crisis = `deterrence + ${CRISIS_LINE} = ${r2(deterrence + CRISIS_LINE)}`;
  const noCrisis = `A crisis needs pressure more than ${crisis} (rulebook 5.1).`;
  switch (status) {
    case 'holds': return `Deterrence ${deterrence} is at least pressure ${pressureNow}: the network scores +1 for it and its tension eases by 1 at the end of the round (rulebook 7.1).`;
    case 'contested': return `Pressure ${pressureNow} is above deterrence ${deterrence} but not more than ${dominates}: it scores nothing (rulebook 7.1). ${noCrisis}`;
    case 'strained': return `Pressure ${pressureNow} is more than ${dominates}: China dominates it, and the network scores −1 for it at the end of the round (rulebook 7.1). ${noCrisis}`;
    case 'crisis-risk': return `Pressure ${pressureNow} is more than ${crisis}: a crisis breaks out here at the flashpoint unless another theatre is further past its line (rulebook 5.1); China dominates it too (7.1).`;
  }
}

/** Scoring (7.1): +1 where deterrence ≥ pressure, −1 where pressure > deterrence + the
 *  dominance margin; a crisis breaks out past deterrence + the crisis line (5.1). */
export function theatreStatus(deterrence: number, pressureNow: number): TheatreStatus {
  if (pressureNow > deterrence + CRISIS_LINE) return 'crisis-risk';
  if (deterrence >= pressureNow) return 'holds';
  if (pressureNow > deterrence + DOMINANCE_MARGIN) return 'strained';
  return 'contested';
}

function parts(view: PlayerView, t: TheatreId, withoutAmerica: boolean): { total: number; host: ActorId | null; parts: BreakdownPart[] } {
  const b = deterrenceBreakdown(view, t, { withoutAmerica });
  return {
    total: b.total,
    host: b.host,
    parts: b.parts.map((p) => ({
      actor: p.actor, forces: p.forces, weight: p.weight,
      via: p.path.length > 1 ? p.path.join(' → ') : 'its own forces',
      contribution: Math.round(p.forces * p.weight * 100) / 100,
    })),
  };
}

export function theatreRows(view: PlayerView, legal: readonly Action[], withoutAmerica = false): TheatreRow[] {
  const targets = new Set(legal.filter((a) => a.move === 'chooseTarget').map((a) => a.args[0] as string));
  const crisisAt = view.crisis?.theatre ?? (view.step.kind === 'commit' ? view.step.theatre : null);
  return THEATRES.map((t) => {
    const withUs = parts(view, t, false);
    const without = parts(view, t, true);
    const p = pressure(view, t);
    const shown = withoutAmerica ? without.total : withUs.total;
    const status = theatreStatus(shown, p);
    return {
      id: t,
      name: RULES.theatres[t]?.name ?? t,
      tension: view.tension[t],
      pressure: p,
      chinaForces: view.actors.CN?.forces[t] ?? 0,
      deterrence: withUs.total,
      withoutAmerica: without.total,
      status,
      statusText: STATUS_TEXT[status],
      statusRule: statusRule(status, shown, p),
      host: (withoutAmerica ? without.host : withUs.host) ?? null,
      parts: withUs.parts,
      partsWithout: without.parts,
      exercised: view.exercised.includes(t),
      crisis: crisisAt === t,
      selectable: targets.has(t),
    };
  });
}

export interface AllianceRow {
  id: string;
  name: string;
  kind: 'treaty' | 'minilateral' | 'partnership';
  level: number;
  max: number;
  suspended: number;
  members: ActorId[];
  theatres: TheatreId[];
  text: string;
}

export function allianceRows(view: PlayerView): AllianceRow[] {
  return Object.values(RULES.alliances).map((a) => ({
    id: a.id, name: a.name, kind: a.kind, level: view.alliances[a.id]?.level ?? 0, max: a.max,
    suspended: view.alliances[a.id]?.suspended ?? 0, members: [...a.members], theatres: [...a.theatres], text: a.text,
  }));
}

export interface EndSummary {
  side: 'network' | 'china';
  headline: string;
  reason: string;
  winners: SeatId[];
  accommodated: SeatId[];
  ranking: { seat: SeatId; name: string; nip: number; standing: 'winner' | 'accommodated' | 'other'; agendaHolds?: boolean }[];
  order: number;
}

export function endSummary(view: PlayerView): EndSummary | null {
  const r = view.result;
  if (!r) return null;
  return {
    side: r.side,
    headline: r.side === 'network' ? 'The network wins' : 'China wins',
    reason: RESULT_REASONS[r.reason] ?? r.reason,
    winners: [...r.winners],
    accommodated: [...r.accommodated],
    ranking: r.ranking.map((seat) => ({
      seat,
      name: actorName(seat),
      nip: view.actors[seat]?.nip ?? 0,
      standing: r.winners.includes(seat) ? 'winner' : r.accommodated.includes(seat) ? 'accommodated' : 'other',
      ...(view.agendas[seat] ? { agendaHolds: agendaHolds(view, seat) } : {}),
    })),
    order: view.tracks.order,
  };
}

/** Every seat's public tracks, for the table overview. */
export function allSeats(view: PlayerView): SeatSummary[] {
  return SEATS.map((s) => seatSummary(view, s)).filter((s): s is SeatSummary => s !== null);
}
