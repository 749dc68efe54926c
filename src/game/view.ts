// What each seat may see. Decks become counts, other seats' hands and agendas vanish, secret
// commitments and budget choices show only the viewer's own, and the log keeps only the
// entries the viewer may read. Spectators (no player id) see public information only.
import { POLITICS_DECKS, SEATS, type PoliticsDeck, type SeatId } from './ids';
import type { GState, LogEntry, PlayerID } from './state';
import { seatsOf } from './seats';

export interface HiddenCounts {
  strategy: number;
  politics: Record<PoliticsDeck, number>;
  regional: number;
  regionalLater: number;
  agendaPool: number;
  hands: Record<SeatId, number>;
}

export type PlayerView = GState & { counts: HiddenCounts; viewer: { player: PlayerID | null; seats: SeatId[] } };

function visibleEntry(entry: LogEntry, mine: SeatId[]): boolean {
  if (entry.type === 'hand' || entry.type === 'agendaDealt') return mine.includes(entry.actor);
  return true;
}

export function playerView(G: GState, player: PlayerID | null | undefined): PlayerView {
  const mine = seatsOf(G, player);
  const counts: HiddenCounts = {
    strategy: G.decks.strategy.length,
    politics: Object.fromEntries(POLITICS_DECKS.map((d) => [d, G.decks.politics[d].length])) as Record<PoliticsDeck, number>,
    regional: G.decks.regional.length,
    regionalLater: G.decks.regionalLater.length,
    agendaPool: G.decks.agendaPool.length,
    hands: Object.fromEntries(SEATS.map((s) => [s, G.hands[s].length])) as Record<SeatId, number>,
  };
  const empty = Object.fromEntries(POLITICS_DECKS.map((d) => [d, [] as string[]])) as Record<PoliticsDeck, string[]>;
  const keepMine = <T>(rec: Partial<Record<SeatId, T>>): Partial<Record<SeatId, T>> =>
    Object.fromEntries(Object.entries(rec).filter(([s]) => mine.includes(s as SeatId))) as Partial<Record<SeatId, T>>;
  // A choice in progress shows only that a seat is choosing: the card it has picked is still
  // in its hand until played (it may go back), so others learn it only from the log.
  const step = G.step.kind === 'action' && !mine.includes(G.step.actor) ? { kind: 'action' as const, actor: G.step.actor } : G.step;
  return {
    ...G,
    step,
    fixedElection: G.hiddenElection ? null : G.fixedElection,
    decks: { ...G.decks, strategy: [], politics: empty, regional: [], regionalLater: [], agendaPool: [] },
    hands: Object.fromEntries(SEATS.map((s) => [s, mine.includes(s) ? G.hands[s] : []])) as Record<SeatId, string[]>,
    agendas: Object.fromEntries(SEATS.map((s) => [s, mine.includes(s) ? G.agendas[s] : null])) as Record<SeatId, string | null>,
    crisis: G.crisis ? { ...G.crisis, commits: keepMine(G.crisis.commits) } : null,
    homeChoices: keepMine(G.homeChoices),
    log: G.log.filter((e) => visibleEntry(e, mine)),
    history: G.history.map((page) => page.filter((e) => visibleEntry(e, mine))),
    counts,
    viewer: { player: player ?? null, seats: mine },
  };
}

/** What the server sends a seat: earlier rounds' log pages stay on the server and are fetched
 *  one at a time (`logPage`), so an update or a reconnect does not grow with the game. */
export type PagedView = PlayerView & { historyPages: number };

export function pagedPlayerView(G: GState, player: PlayerID | null | undefined): PagedView {
  return { ...playerView({ ...G, history: [] }, player), historyPages: G.history.length };
}

/** An earlier round's log page as `player` may read it, or null if there is no such page. */
export function logPage(G: GState, page: number, player: PlayerID | null | undefined): LogEntry[] | null {
  const entries = Number.isInteger(page) ? G.history[page] : undefined;
  if (!entries) return null;
  const mine = seatsOf(G, player);
  return entries.filter((e) => visibleEntry(e, mine));
}
