// Small state builders for tests: start from a real game, then set only what the test is about.
import {
  RULES, SEATS, SeededRng, THEATRES, applyAction, createInitialState, legalActionsFor, type Action, type ActorId,
  type GState, type SeatId, type SetupData, type TheatreId,
} from '../../src/game';
import { ACTOR_BOUNDS, FORCES_MAX, GLOBAL_BOUNDS, TENSION_MAX } from '../../src/game/bounds';
import type { Game, LogEntry, Server, State } from 'boardgame.io';
import { Master } from 'boardgame.io/master';
import { Sync, createMatch, getFilterPlayerView } from 'boardgame.io/internal';
import { begin } from '../../src/game/flow';
import { settle } from '../../src/game/actions';

/** A game after `begin`: decks shuffled, agendas dealt, round 1 at its first action (US). */
export function startedGame(opts: { seed?: string; players?: number } & SetupData = {}): { G: GState; rng: SeededRng } {
  const G = createInitialState(opts.players ?? 6, opts);
  const rng = new SeededRng(opts.seed ?? 'test');
  begin(G, rng);
  settle(G, rng);
  return { G, rng };
}

/** Deep copy (G is JSON). */
export const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** Puts these cards in a seat's hand, taking them from wherever they were. */
export function giveCards(G: GState, seat: SeatId, cards: string[]): void {
  const take = (pile: string[]) => pile.filter((c) => !cards.includes(c));
  G.decks.strategy = take(G.decks.strategy);
  G.decks.strategyDiscard = take(G.decks.strategyDiscard);
  G.decks.removed = take(G.decks.removed);
  for (const s of Object.keys(G.hands) as SeatId[]) G.hands[s] = take(G.hands[s]);
  G.hands[seat].push(...cards);
}

/** Makes it this seat's action now (action round 1), with a fresh action step. */
export function actionFor(G: GState, seat: SeatId): void {
  G.phase = 'actions';
  G.actionQueue = [seat, ...G.actionQueue.filter((s) => s !== seat)];
  G.step = { kind: 'action', actor: seat };
}

export function setForces(G: GState, actor: ActorId, forces: Partial<Record<TheatreId, number>>): void {
  const st = G.actors[actor];
  if (!st) throw new Error(`no actor ${actor}`);
  st.forces = { ...forces };
}

/** The player id holding a seat (throws for autopilot seats). */
export function playerOf(G: GState, seat: SeatId): string {
  const c = G.control[seat];
  if (!('player' in c)) throw new Error(`${seat} is played by the autopilot`);
  return c.player;
}

/** Plays a sequence of moves as a seat's player; fails the test on an illegal one. */
export function play(G: GState, rng: SeededRng, seat: SeatId, ...actions: Action[]): void {
  for (const a of actions) {
    if (!applyAction(G, playerOf(G, seat), a, rng)) {
      throw new Error(`illegal for ${seat} at ${JSON.stringify(G.step)}: ${JSON.stringify(a)}; legal: ${JSON.stringify(legalActionsFor(G, seat))}`);
    }
  }
}

export const A = {
  card: (id: string): Action => ({ move: 'playCard', args: [id] }),
  event: (): Action => ({ move: 'chooseMode', args: ['event'] }),
  ops: (): Action => ({ move: 'chooseMode', args: ['ops'] }),
  op: (op: Extract<Action, { move: 'chooseOp' }>['args'][0]): Action => ({ move: 'chooseOp', args: [op] }),
  target: (t: string): Action => ({ move: 'chooseTarget', args: [t] }),
  sweetener: (s: Extract<Action, { move: 'chooseSweetener' }>['args'][0]): Action => ({ move: 'chooseSweetener', args: [s] }),
  answer: (accept: boolean, reason: Extract<Action, { move: 'answer' }>['args'][1]): Action => ({ move: 'answer', args: [accept, reason] }),
  commit: (n: number): Action => ({ move: 'commit', args: [n] }),
  budget: (c: Extract<Action, { move: 'budget' }>['args'][0]): Action => ({ move: 'budget', args: [c] }),
  back: (): Action => ({ move: 'back', args: [] }),
};

/** Every card id and where it is; a card in two places or none fails the invariant. */
export function cardPlaces(G: GState): Map<string, string[]> {
  const places = new Map<string, string[]>();
  const put = (id: string, where: string) => places.set(id, [...(places.get(id) ?? []), where]);
  G.decks.strategy.forEach((c) => put(c, 'strategy'));
  G.decks.strategyDiscard.forEach((c) => put(c, 'strategyDiscard'));
  G.decks.removed.forEach((c) => put(c, 'removed'));
  for (const [d, pile] of Object.entries(G.decks.politics)) pile.forEach((c) => put(c, `politics.${d}`));
  for (const [d, pile] of Object.entries(G.decks.politicsDiscard)) pile.forEach((c) => put(c, `politicsDiscard.${d}`));
  G.decks.regional.forEach((c) => put(c, 'regional'));
  G.decks.regionalDiscard.forEach((c) => put(c, 'regionalDiscard'));
  G.decks.regionalLater.forEach((c) => put(c, 'regionalLater'));
  G.decks.agendaPool.forEach((c) => put(c, 'agendaPool'));
  for (const [s, hand] of Object.entries(G.hands)) hand.forEach((c) => put(c, `hand.${s}`));
  for (const [s, g] of Object.entries(G.agendas)) if (g) put(g, `agenda.${s}`);
  return places;
}

// ---------- invariants (added for the property tests) ----------

/** Every card id the game deals with once `begin` has run: the scenario's strategy and regional
 *  cards, every politics card and every agenda. */
export function expectedCardIds(G: GState): string[] {
  const scenario = RULES.scenarios[G.scenario];
  return [
    ...(scenario?.strategy ?? Object.keys(RULES.strategy)),
    ...Object.keys(RULES.politics),
    ...(scenario?.regional ?? Object.keys(RULES.regional)),
    ...Object.keys(RULES.agendas),
  ];
}

/** Every card in exactly one place (after `begin`; before it, nowhere). Returns the problems. */
export function cardProblems(G: GState): string[] {
  const places = cardPlaces(G);
  const problems: string[] = [];
  if (G.phase === 'start') {
    if (places.size > 0) problems.push(`cards before begin: ${[...places.keys()].join(', ')}`);
    return problems;
  }
  const expected = expectedCardIds(G);
  for (const id of expected) {
    const where = places.get(id) ?? [];
    if (where.length !== 1) problems.push(`${id} is in ${where.length} places: ${where.join(', ') || 'none'}`);
  }
  const known = new Set(expected);
  for (const [id, where] of places) if (!known.has(id)) problems.push(`unknown card ${id} in ${where.join(', ')}`);
  for (const s of SEATS) {
    const agenda = G.agendas[s];
    if (agenda && RULES.agendas[agenda]?.actor !== s) problems.push(`${s} holds another seat's agenda ${agenda}`);
    for (const c of G.hands[s]) if (!RULES.strategy[c]) problems.push(`${s} holds a non-strategy card ${c}`);
  }
  const national = new Set(Object.keys(RULES.national));
  for (const [name, list] of [['nationalUsed', G.nationalUsed], ['nationalSpent', G.nationalSpent]] as const) {
    if (new Set(list).size !== list.length) problems.push(`${name} has duplicates: ${list.join(', ')}`);
    for (const c of list) if (!national.has(c)) problems.push(`${name} holds ${c}, not a national card`);
  }
  return problems;
}

const inRange = (v: unknown, lo: number, hi: number): boolean => typeof v === 'number' && Number.isInteger(v) && v >= lo && v <= hi;

/** Every track within its bounds (bounds.ts), every alliance level within 0..its card's max. */
export function boundsProblems(G: GState): string[] {
  const problems: string[] = [];
  for (const [track, [lo, hi]] of Object.entries(GLOBAL_BOUNDS)) {
    const v = G.tracks[track as keyof typeof GLOBAL_BOUNDS];
    if (!inRange(v, lo, hi)) problems.push(`global ${track} = ${v} not in ${lo}..${hi}`);
  }
  for (const [t, v] of Object.entries(G.tension)) if (!inRange(v, 0, TENSION_MAX)) problems.push(`tension ${t} = ${v}`);
  for (const [id, st] of Object.entries(G.actors)) {
    if (!st) continue;
    for (const [track, [lo, hi]] of Object.entries(ACTOR_BOUNDS)) {
      const v = st[track as keyof typeof ACTOR_BOUNDS];
      if (!inRange(v, lo, hi)) problems.push(`${id}.${track} = ${v} not in ${lo}..${hi}`);
    }
    for (const [t, n] of Object.entries(st.forces)) {
      if (!(THEATRES as readonly string[]).includes(t)) problems.push(`${id} has forces in unknown theatre ${t}`);
      if (!inRange(n, 0, FORCES_MAX)) problems.push(`${id} forces ${t} = ${n} not in 0..${FORCES_MAX}`);
    }
    if (new Set(st.flags).size !== st.flags.length) problems.push(`${id} flags repeat: ${st.flags.join(', ')}`);
  }
  for (const [id, st] of Object.entries(G.alliances)) {
    const max = RULES.alliances[id]?.max;
    if (max === undefined) problems.push(`unknown alliance ${id}`);
    else if (!inRange(st.level, 0, max)) problems.push(`alliance ${id} level ${st.level} not in 0..${max}`);
    if (!inRange(st.suspended, 0, 9)) problems.push(`alliance ${id} suspended ${st.suspended}`);
  }
  const first = G.lastRound - (RULES.scenarios[G.scenario]?.rounds ?? 9) + 1;
  if (!inRange(G.round, first, G.lastRound)) problems.push(`round ${G.round} not in ${first}..${G.lastRound}`);
  if (G.phase !== 'start' && !inRange(G.actionRound, 1, G.actionRounds)) problems.push(`action round ${G.actionRound}`);
  return problems;
}

/** A compact regex matching any card id (strategy, national, politics, regional, agenda,
 *  alliance) as a whole JSON string token, e.g. `"S07"`. */
export function cardIdRegex(): RegExp {
  const ids = [
    ...Object.keys(RULES.strategy), ...Object.keys(RULES.national), ...Object.keys(RULES.politics),
    ...Object.keys(RULES.regional), ...Object.keys(RULES.agendas), ...Object.keys(RULES.alliances),
  ].sort((a, b) => b.length - a.length);
  return new RegExp(`"(${ids.map((id) => id.replace(/[-]/g, '\\-')).join('|')})"`, 'g');
}

/** The card ids quoted as whole JSON strings in a serialised value. */
export function cardIdsIn(json: string, re: RegExp = cardIdRegex()): Set<string> {
  const found = new Set<string>();
  re.lastIndex = 0;
  for (const m of json.matchAll(re)) found.add(m[1] as string);
  return found;
}

// ---------- a boardgame.io server in the test process (added for the bgio and hidden tests) ----------

/** What the server sent one connection: the payload after boardgame.io's own per-player
 *  filter (the bytes a socket would carry). */
export interface Sent { to: string | null; type: string; payload: { type: string; args: unknown[] } }

type BgioState = State<GState>;

/** boardgame.io's InMemory storage, which the package does not export: synchronous, so the
 *  Master's onUpdate / onSync run to the end inside the call. */
class MemoryStorage extends Sync {
  state = new Map<string, BgioState>();
  initial = new Map<string, BgioState>();
  metadata = new Map<string, Server.MatchData>();
  log = new Map<string, LogEntry[]>();
  override connect(): void {}
  override createMatch(matchID: string, opts: { initialState: BgioState; metadata: Server.MatchData }): void {
    this.initial.set(matchID, opts.initialState);
    this.setState(matchID, opts.initialState);
    this.setMetadata(matchID, opts.metadata);
  }
  setMetadata(matchID: string, metadata: Server.MatchData): void { this.metadata.set(matchID, metadata); }
  setState(matchID: string, state: BgioState, deltalog?: LogEntry[]): void {
    if (deltalog && deltalog.length > 0) this.log.set(matchID, [...(this.log.get(matchID) ?? []), ...deltalog]);
    this.state.set(matchID, state);
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  fetch(matchID: string, opts: { state?: boolean; metadata?: boolean; log?: boolean; initialState?: boolean }): any {
    return {
      ...(opts.state ? { state: this.state.get(matchID) } : {}),
      ...(opts.metadata ? { metadata: this.metadata.get(matchID) } : {}),
      ...(opts.log ? { log: this.log.get(matchID) ?? [] } : {}),
      ...(opts.initialState ? { initialState: this.initial.get(matchID) } : {}),
    };
  }
  wipe(matchID: string): void { this.state.delete(matchID); this.metadata.delete(matchID); }
  override listMatches(): string[] { return [...this.metadata.keys()]; }
}

export interface ServerMatch {
  readonly matchID: string;
  /** the authoritative state the server holds */
  state(): BgioState;
  /** the whole boardgame.io log the server stores */
  storedLog(): LogEntry[];
  /** every payload sent, to whom, in order; cleared by `drain` */
  drain(): Sent[];
  /** a client's move, as its socket would send it; resolves when the server is done */
  move(playerID: string, move: string, args: unknown[]): Promise<void>;
  /** a raw action (a move or an event), as a hostile socket could send it */
  send(playerID: string, action: { type: string; payload: Record<string, unknown> }): Promise<void>;
  /** a (re)connection: the server answers with a 'sync' payload */
  sync(playerID: string | null): Promise<Sent>;
}

/**
 * A boardgame.io Master (the server's game runner) over in-memory storage, with the viewers
 * `connected` (player ids, null for a spectator). Every outgoing payload goes through
 * boardgame.io's getFilterPlayerView, as the Local and SocketIO transports do.
 */
export function serverMatch(opts: {
  game: Game<GState>; numPlayers: number; setupData?: SetupData; connected: (string | null)[]; matchID?: string;
}): ServerMatch {
  const matchID = opts.matchID ?? 'match';
  const storage = new MemoryStorage();
  const created = createMatch({ game: opts.game, numPlayers: opts.numPlayers, setupData: opts.setupData, unlisted: true });
  if ('setupDataError' in created) throw new Error(`setup refused: ${String(created.setupDataError)}`);
  storage.createMatch(matchID, { initialState: created.initialState as BgioState, metadata: created.metadata });
  const filter = getFilterPlayerView(opts.game);
  let sent: Sent[] = [];
  const record = (to: string | null, payload: { type: string; args: unknown[] }) => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const filtered = filter(to as any, payload as any) as { type: string; args: unknown[] };
    sent.push({ to, type: filtered.type, payload: filtered });
  };
  const master = new Master(opts.game, storage, {
    send: ({ playerID, ...data }: { playerID: string | null; type: string; args: unknown[] }) => record(playerID, data),
    sendAll: (payload: { type: string; args: unknown[] }) => { for (const to of opts.connected) record(to, payload); },
  } as never);
  const state = () => storage.state.get(matchID) as BgioState;
  return {
    matchID,
    state,
    storedLog: () => storage.log.get(matchID) ?? [],
    drain: () => { const out = sent; sent = []; return out; },
    move: async (playerID, move, args) => {
      await master.onUpdate({ type: 'MAKE_MOVE', payload: { type: move, args, playerID } } as never, state()._stateID, matchID, playerID);
    },
    send: async (playerID, action) => {
      await master.onUpdate({ type: action.type, payload: { ...action.payload, playerID } } as never, state()._stateID, matchID, playerID);
    },
    sync: async (playerID) => {
      const before = sent.length;
      await master.onSync(matchID, playerID as string, undefined, opts.numPlayers);
      const reply = sent.slice(before).find((s) => s.type === 'sync' && s.to === playerID);
      if (!reply) throw new Error(`no sync reply for ${String(playerID)}`);
      sent.splice(before);
      return reply;
    },
  };
}

/** JSON with every object's keys sorted: two deep-equal states give the same string, whatever
 *  order their keys were written in (the boardgame.io path and the pure path may differ). */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v)
    ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, (v as Record<string, unknown>)[k]]))
    : v));
}

/** The whole game log, oldest first, whether or not earlier rounds are archived in pages. */
export function wholeLog(G: Pick<GState, 'log'>): GState['log'] {
  const pages = (G as { history?: GState['log'][] }).history ?? [];
  return [...pages.flat(), ...G.log];
}
