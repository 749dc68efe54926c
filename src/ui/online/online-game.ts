// An online match as the table sees it: boardgame.io's Client over its SocketIO transport (same
// origin), holding exactly what the server sends this seat — its own view, or the public view
// for a spectator. Like the local game it is a store for useSyncExternalStore; it adds the
// connection's state, the seats' names, earlier rounds' log pages fetched on request, and the
// match's chat as it reaches this page (boardgame.io keeps no chat: a page sees only what is
// said while it is connected).
import { Client } from 'boardgame.io/client';
import { SocketIO } from 'boardgame.io/multiplayer';
import { HubAndSpokes, RULES, actingSeat, awaitedActors, legalActions, type Action, type GState, type LogEntry, type PlayerView, type SeatId } from '../../game';
import { describe } from '../../sim/story';
import { refsOf } from '../selectors/log';
import type { TableState } from '../components/TableBoard';
import { LobbyError, type LobbyClient, type MatchPlayer } from './lobby-client';
import { botLabel, seatOfPlayer, type BotLevel } from './match-setup';
import type { HeldSeat } from './seats-store';

export type ConnectionStatus = 'connecting' | 'connected' | 'lost';

export interface SeatName {
  name: string;
  bot?: BotLevel;
  connected?: boolean;
  /** the server answered for the person when time ran out: how often, and what it said last */
  answered?: { count: number; last: string };
}

export interface EarlierLogState {
  /** earlier rounds whose log is not loaded yet */
  remaining: number;
  loading: boolean;
  error: string | null;
}

/** A line of the chat: a seat's text, or a notice from the server itself (a time-out answered).
 *  `seq` counts the lines this page has had, `at` is when the line reached it (boardgame.io's
 *  messages carry no time), `name` the seat's holder then. */
export type ChatLine =
  | { kind: 'seat'; seq: number; at: number; seat: SeatId; name: string | null; text: string; mine: boolean }
  | { kind: 'server'; seq: number; at: number; text: string };

export interface ChatState {
  /** the newest CHAT_KEPT lines, oldest first */
  lines: ChatLine[];
  /** our message on its way: the server has neither passed it on nor refused it yet */
  pending: string | null;
  /** why the server did not take our last message */
  refused: string | null;
  /** how many of our messages the server has passed on (the input empties when this grows) */
  delivered: number;
  /** the newest lines from others, for a polite live region */
  announcement: { id: number; text: string };
}

export interface OnlineSnapshot extends Omit<TableState, 'view'> {
  /** null until the server has sent the match */
  view: PlayerView | null;
  matchID: string;
  /** null: watching as a spectator */
  seat: HeldSeat | null;
  connection: { status: ConnectionStatus; attempts: number };
  /** the match has reached this client at least once */
  synced: boolean;
  names: Partial<Record<SeatId, SeatName>>;
  earlier: EarlierLogState;
  /** something went wrong that the person should read (a refused move, no sync) */
  problem: string | null;
  /** a move was sent and the server has not answered yet */
  sending: boolean;
  /** how long a person has to answer a timed decision before a bot answers (from the lobby) */
  answerSeconds: number | null;
  chat: ChatState;
}

/** The decisions the server times (src/server/agents/answer-timeouts.ts, TIMED_STEPS). */
export const TIMED_STEPS: ReadonlySet<string> = new Set(['consent', 'commit', 'homeFront']);

/** What the server keeps on a person's seat about a timed decision (its AnswerRecord's `awaited`):
 *  which decision, and since when each of the player's seats has been awaited for it. */
interface AnswerClock { step: string; since: Partial<Record<SeatId, number>> }

/** The server's name for the decision a state awaits: round, action round, kind and theatre. */
export function timedStepKey(view: PlayerView): string {
  const step = view.step;
  return `${view.round}/${view.actionRound}/${step.kind}:${'theatre' in step ? step.theatre : ''}`;
}

function answerClockOf(data: MatchPlayer['data']): AnswerClock | null {
  const awaited = data?.['awaited'] as Partial<AnswerClock> | undefined;
  return awaited && typeof awaited.step === 'string' && typeof awaited.since === 'object' && awaited.since !== null
    ? { step: awaited.step, since: awaited.since }
    : null;
}

/** What the server sends: the seat's view without earlier rounds, and how many there are. */
type ServedView = PlayerView & { historyPages?: number };

type BgioClient = ReturnType<typeof Client<GState>>;
/** The parts of boardgame.io's SocketIO transport and its socket.io socket that we listen to. */
interface TransportSocket {
  on(event: string, fn: (...args: unknown[]) => void): void;
  io: { on(event: string, fn: (...args: unknown[]) => void): void };
}

export interface OnlineGameOptions {
  /** the server's address; the page's own origin when omitted */
  server?: string;
  /** how long to wait for the match after connecting before saying so */
  syncTimeoutMs?: number;
}

const EMPTY_ANNOUNCEMENT = { id: 0, text: '' };
const MOVE_TIMEOUT_MS = 8000;
const CHAT_TIMEOUT_MS = 8000;
/** What the table lets a person write in one message (the server takes 1 KB of JSON). */
export const CHAT_MAX_LENGTH = 500;
/** How many chat lines the page keeps. */
export const CHAT_KEPT = 200;
/** Who the server's own notices come from (src/server/guarded-transport.ts): no seat may send as it. */
const SERVER_SENDER = 'server';
const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const SECRET_MOVES = new Set<string>(['commit', 'budget']);

export class OnlineGame {
  readonly matchID: string;
  readonly seat: HeldSeat | null;
  private readonly lobby: LobbyClient;
  private readonly client: BgioClient;
  private readonly listeners = new Set<() => void>();
  private snapshot: OnlineSnapshot;
  private served: ServedView | null = null;
  private lastSeq = -1;
  private stateID = -1;
  private sentAt: number | null = null;
  /** the secret choice sent last, in case another seat's move overtakes it */
  private sentSecret: Action | null = null;
  private pages = new Map<number, LogEntry[]>();
  private pagesLoading = false;
  private pagesError: string | null = null;
  private highlight: string[] = [];
  private freshAfter = -1;
  private announcement = EMPTY_ANNOUNCEMENT;
  private status: ConnectionStatus = 'connecting';
  private attempts = 0;
  private problem: string | null = null;
  private lobbyPlayers: MatchPlayer[] = [];
  private answerSeconds: number | null = null;
  /** this seat's clock for the timed decision it is asked, as the server keeps it */
  private clock: AnswerClock | null = null;
  /** when this page first saw each timed decision, for a clock the server has not told yet */
  private firstSeen = new Map<string, number>();
  private chatLines: ChatLine[] = [];
  private chatSeq = 0;
  private chatPending: string | null = null;
  private chatRefused: string | null = null;
  private chatDelivered = 0;
  private chatAnnouncement = EMPTY_ANNOUNCEMENT;
  private chatTimer: ReturnType<typeof setTimeout> | undefined;
  private clockTimer: ReturnType<typeof setTimeout> | undefined;
  private syncTimer: ReturnType<typeof setTimeout> | undefined;
  private moveTimer: ReturnType<typeof setTimeout> | undefined;
  private destroyed = false;

  constructor(matchID: string, seat: HeldSeat | null, lobby: LobbyClient, opts: OnlineGameOptions = {}) {
    this.matchID = matchID;
    this.seat = seat;
    this.lobby = lobby;
    this.client = Client<GState>({
      game: HubAndSpokes,
      // the match in the socket's address: a server of several processes routes it by that
      // (src/server/cluster/placement.ts, MATCH_QUERY)
      multiplayer: SocketIO({ ...(opts.server ? { server: opts.server } : {}), socketOpts: { query: { matchID } } }),
      matchID,
      ...(seat ? { playerID: seat.playerID, credentials: seat.credentials } : {}),
      debug: false,
    });
    this.snapshot = this.build();
    this.client.subscribe(() => this.onState());
    this.client.start();
    this.watchSocket(opts.syncTimeoutMs ?? 10_000);
    // The lobby's record of the seats (names, bot levels) and the answer time; the socket's match
    // data then keeps the names and who is connected up to date.
    lobby.getMatch(matchID).then((m) => {
      this.lobbyPlayers = m.players;
      this.answerSeconds = m.setupData?.answerSeconds ?? null;
      this.refresh();
      this.followClock();
    }, () => undefined);
  }

  // ---- the store interface ----
  subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };

  getSnapshot = (): OnlineSnapshot => this.snapshot;

  // ---- what the person may do ----

  /** Sends one of the offered actions; anything else, or a second click before the answer, is refused. */
  act(action: Action): boolean {
    const snap = this.snapshot;
    if (!snap.acting || this.sentAt !== null || !snap.legal.some((a) => sameAction(a, action))) return false;
    if (!this.client.moves[action.move]) return false;
    this.problem = null;
    this.sentSecret = SECRET_MOVES.has(action.move) ? action : null;
    this.send(action);
    return true;
  }

  private send(action: Action): void {
    this.sentAt = this.stateID;
    this.client.moves[action.move]?.(...action.args);
    // The server answers a move it refuses with silence: offer the choices again after a while.
    clearTimeout(this.moveTimer);
    this.moveTimer = setTimeout(() => {
      if (this.sentAt === null) return;
      this.sentAt = null;
      this.problem = 'The server did not take the move. Try again.';
      this.refresh();
    }, MOVE_TIMEOUT_MS);
    this.refresh();
  }

  /** Sends a chat message from the seat: not for a spectator, an empty or too long text, a lost
   *  connection, or while the last message is still on its way. */
  say(text: string): boolean {
    const payload = text.trim();
    if (!this.seat || this.status !== 'connected' || this.chatPending !== null || !payload || payload.length > CHAT_MAX_LENGTH) return false;
    this.chatPending = payload;
    this.chatRefused = null;
    this.client.sendChatMessage(payload);
    clearTimeout(this.chatTimer);
    this.chatTimer = setTimeout(() => this.chatNotTaken('the server did not answer; try again'), CHAT_TIMEOUT_MS);
    this.refresh();
    return true;
  }

  /** Fetches the newest earlier round that is not loaded yet. */
  async loadEarlier(): Promise<void> {
    const total = this.historyPages();
    const next = this.newestMissingPage(total);
    if (next === null || this.pagesLoading) return;
    await this.fetchPages([next]);
  }

  destroy(): void {
    this.destroyed = true;
    clearTimeout(this.syncTimer);
    clearTimeout(this.moveTimer);
    clearTimeout(this.clockTimer);
    clearTimeout(this.chatTimer);
    this.client.stop();
    this.listeners.clear();
  }

  // ---- inside ----

  private onState(): void {
    const state = this.client.getState();
    if (this.destroyed) return;
    if (!state) return;
    if (state.isConnected) {
      this.status = 'connected';
      this.attempts = 0;
    }
    clearTimeout(this.syncTimer);
    const answered = state._stateID !== this.stateID;
    if (answered) {
      this.stateID = state._stateID;
      this.sentAt = null;
      clearTimeout(this.moveTimer);
    }
    const before = this.served;
    this.served = state.G as ServedView;
    this.noteNewEntries(before);
    this.followNewPages(before);
    if (answered && this.resendOvertaken()) return;
    this.noteTimedStep();
    this.refresh();
    this.followClock();
  }

  /** A timed decision in view: when this page first saw it, and its clock if the socket has it. */
  private noteTimedStep(): void {
    const view = this.served;
    if (!view || !TIMED_STEPS.has(view.step.kind)) return;
    const key = timedStepKey(view);
    if (!this.firstSeen.has(key)) this.firstSeen.set(key, Date.now());
    const live = ((this.client.matchData ?? []) as MatchPlayer[]).find((p) => String(p.id) === this.seat?.playerID);
    const fromSocket = answerClockOf(live?.data);
    if (fromSocket?.step === key) this.clock = fromSocket;
  }

  /**
   * The server starts a timed decision's clock when it saves the state that asks it, and keeps
   * it in the seat's metadata; the socket brings that only on (re)connection, so a new decision's
   * clock is read from the lobby, a moment later and again until it is there.
   */
  private followClock(tries = 4): void {
    const view = this.served;
    const player = this.seat?.playerID;
    clearTimeout(this.clockTimer);
    if (!view || player === undefined || view.result || !TIMED_STEPS.has(view.step.kind) || this.answerSeconds === null) return;
    const key = timedStepKey(view);
    if (this.clock?.step === key || tries === 0) return;
    this.clockTimer = setTimeout(() => {
      this.lobby.getMatch(this.matchID).then((m) => {
        if (this.destroyed) return;
        const mine = answerClockOf(m.players.find((p) => String(p.id) === player)?.data);
        if (mine?.step === key) {
          this.clock = mine;
          this.refresh();
        } else this.followClock(tries - 1);
      }, () => this.followClock(tries - 1));
    }, 400);
  }

  /** When the server answers for the seat at the screen, if it is asked a timed decision. */
  private answerBy(view: PlayerView, acting: SeatId | null): number | null {
    if (!acting || this.answerSeconds === null || view.result || !TIMED_STEPS.has(view.step.kind)) return null;
    const key = timedStepKey(view);
    const since = this.clock?.step === key ? this.clock.since[acting] : undefined;
    const start = since ?? this.firstSeen.get(key);
    return start === undefined ? null : start + this.answerSeconds * 1000;
  }

  /**
   * Forces and budgets are chosen by every seat at once: when another seat's choice reaches the
   * server first, boardgame.io drops ours as stale, silently. Our own view shows whether ours was
   * recorded; if not, and it is still offered, it is sent again.
   */
  private resendOvertaken(): boolean {
    const action = this.sentSecret;
    const view = this.served;
    const player = this.seat?.playerID;
    this.sentSecret = null;
    if (!action || !view || player === undefined) return false;
    const seat = actingSeat(view, player);
    const recorded = !seat || (action.move === 'commit' ? view.crisis?.commits[seat] !== undefined : view.homeChoices[seat] !== undefined);
    if (recorded || !legalActions(view, player).some((a) => sameAction(a, action))) return false;
    this.sentSecret = action;
    this.send(action);
    return true;
  }

  /** Highlights and announces the entries that came with this update. */
  private noteNewEntries(before: ServedView | null): void {
    const view = this.served;
    if (!view) return;
    const fresh = view.log.filter((e) => e.seq > this.lastSeq);
    const newest = view.log[view.log.length - 1]?.seq ?? this.lastSeq;
    if (before === null) {
      // The first state: nothing is news yet.
      this.freshAfter = newest;
      this.lastSeq = newest;
      return;
    }
    if (!fresh.length) return;
    this.freshAfter = this.lastSeq;
    this.lastSeq = Math.max(this.lastSeq, newest);
    this.highlight = [...new Set(fresh.flatMap(refsOf))];
    const told = fresh.map((e) => describe(e)).filter((t): t is string => t !== null).map((t) => t.replace(/^\n+/, '').replace(/^== (.*) ==$/, '$1').trim());
    const recent = told.length > 6 ? ['…', ...told.slice(-6)] : told;
    if (told.length) this.announcement = { id: this.announcement.id + 1, text: recent.join(' ') };
  }

  /** Once earlier rounds are being read, a round that closes joins them, so they stay in one run. */
  private followNewPages(before: ServedView | null): void {
    const was = before?.historyPages;
    const now = this.served?.historyPages;
    if (was === undefined || now === undefined || now <= was || this.pages.size === 0) return;
    const fresh = Array.from({ length: now - was }, (_, i) => was + i);
    void this.fetchPages(fresh);
  }

  private historyPages(): number {
    return this.served?.historyPages ?? 0;
  }

  /** The newest earlier page not loaded, or null when every earlier page is here. */
  private newestMissingPage(total: number): number | null {
    for (let p = total - 1; p >= 0; p--) if (!this.pages.has(p)) return p;
    return null;
  }

  private async fetchPages(pages: number[]): Promise<void> {
    this.pagesLoading = true;
    this.pagesError = null;
    this.refresh();
    try {
      for (const page of pages) {
        const entries = await this.lobby.logPage(this.matchID, page, this.seat);
        if (this.destroyed) return;
        this.pages.set(page, entries);
      }
    } catch (e) {
      this.pagesError = e instanceof LobbyError ? e.message : 'The earlier log could not be loaded.';
    } finally {
      this.pagesLoading = false;
      if (!this.destroyed) this.refresh();
    }
  }

  /** The view with the loaded earlier rounds in place of the history the server left out. */
  private shownView(view: ServedView): PlayerView {
    if (view.historyPages === undefined) return view; // a server that sends the whole history
    const loaded = [...this.pages.keys()].sort((a, b) => a - b).map((p) => this.pages.get(p) as LogEntry[]);
    return { ...view, history: loaded };
  }

  /** A message of the match's chat, from a seat (its text, shown as text) or from the server. */
  private receiveChat(message: unknown): void {
    if (!isRecord(message)) return;
    const { sender, payload } = message;
    const at = Date.now();
    let line: ChatLine;
    if (sender === SERVER_SENDER) {
      if (!isRecord(payload) || typeof payload['text'] !== 'string') return;
      line = { kind: 'server', seq: ++this.chatSeq, at, text: payload['text'] };
    } else {
      const seat = typeof sender === 'string' && /^\d$/.test(sender) ? seatOfPlayer(sender) : undefined;
      if (!seat || typeof payload !== 'string') return;
      const mine = sender === this.seat?.playerID;
      line = { kind: 'seat', seq: ++this.chatSeq, at, seat, name: this.names()[seat]?.name ?? null, text: payload, mine };
      if (mine && payload === this.chatPending) {
        clearTimeout(this.chatTimer);
        this.chatPending = null;
        this.chatDelivered++;
      }
    }
    this.chatLines = [...this.chatLines, line].slice(-CHAT_KEPT);
    if (line.kind === 'server' || !line.mine) this.chatAnnouncement = { id: this.chatAnnouncement.id + 1, text: chatSpoken(line) };
    this.refresh();
  }

  /** Our message did not get through: the person still has its text and reads why. */
  private chatNotTaken(why: string): void {
    if (this.chatPending === null) return;
    clearTimeout(this.chatTimer);
    this.chatPending = null;
    this.chatRefused = why;
    this.refresh();
  }

  private names(): Partial<Record<SeatId, SeatName>> {
    const live = (this.client.matchData ?? []) as MatchPlayer[];
    const out: Partial<Record<SeatId, SeatName>> = {};
    const byId = new Map<number, MatchPlayer>();
    for (const p of this.lobbyPlayers) byId.set(p.id, p);
    for (const p of live) byId.set(p.id, { ...byId.get(p.id), ...p });
    for (const p of byId.values()) {
      const seat = seatOfPlayer(p.id);
      const bot = p.data?.bot;
      if (!seat || (!p.name && !bot)) continue;
      const count = p.data?.['answeredByServer'];
      const last = p.data?.['lastAnswer'];
      out[seat] = {
        name: p.name ?? botLabel(bot as BotLevel),
        ...(bot ? { bot } : {}),
        ...(p.isConnected !== undefined ? { connected: p.isConnected } : !bot ? { connected: false } : {}),
        ...(typeof count === 'number' && count > 0 ? { answered: { count, last: typeof last === 'string' ? last : '' } } : {}),
      };
    }
    return out;
  }

  private build(): OnlineSnapshot {
    const served = this.served;
    const player = this.seat?.playerID ?? null;
    const names = this.names();
    const view = served ? this.shownView(served) : null;
    const legal = view && player !== null && this.sentAt === null && !view.result ? legalActions(view, player) : [];
    const acting = view && legal.length ? actingSeat(view, player) ?? null : null;
    const awaited = view && !view.result ? awaitedActors(view) : [];
    const botThinking = awaited.find((s) => names[s]?.bot) ?? null;
    const total = served?.historyPages ?? 0;
    return {
      view,
      viewer: view && player !== null ? (view.viewer.seats[0] ?? null) : null,
      legal,
      acting,
      cover: null,
      botThinking,
      highlight: this.highlight,
      freshAfter: this.freshAfter,
      announcement: this.announcement,
      paused: false,
      over: !!view?.result,
      matchID: this.matchID,
      seat: this.seat,
      connection: { status: this.status, attempts: this.attempts },
      synced: !!served,
      names,
      earlier: { remaining: total - [...this.pages.keys()].filter((p) => p < total).length, loading: this.pagesLoading, error: this.pagesError },
      problem: this.problem,
      sending: this.sentAt !== null,
      answerSeconds: this.answerSeconds,
      answerBy: view ? this.answerBy(view, acting) : null,
      chat: { lines: this.chatLines, pending: this.chatPending, refused: this.chatRefused, delivered: this.chatDelivered, announcement: this.chatAnnouncement },
    };
  }

  private refresh(): void {
    if (this.destroyed) return;
    this.snapshot = this.build();
    for (const fn of [...this.listeners]) fn();
  }

  /** Follows the socket: connected, lost and the reconnection attempts, refused packets, chat. */
  private watchSocket(syncTimeoutMs: number): void {
    const socket = (this.client as unknown as { transport?: { socket?: TransportSocket } }).transport?.socket;
    if (!socket) return;
    const noSync = () => {
      clearTimeout(this.syncTimer);
      this.syncTimer = setTimeout(() => {
        if (this.served || this.destroyed) return;
        this.problem = this.seat
          ? 'The server did not send the match: your seat’s credentials may be out of date (was the seat left?).'
          : 'The server did not send the match.';
        this.refresh();
      }, syncTimeoutMs);
    };
    socket.on('connect', () => {
      this.status = 'connected';
      this.attempts = 0;
      if (!this.served) noSync();
      this.refresh();
    });
    socket.on('disconnect', () => {
      this.status = 'lost';
      // A move sent into a dropped connection is lost: offer the choices again.
      this.sentAt = null;
      this.chatNotTaken('the connection dropped before the server answered');
      this.refresh();
    });
    socket.io.on('reconnect_attempt', (n) => {
      this.status = 'lost';
      this.attempts = Number(n) || this.attempts + 1;
      this.refresh();
    });
    socket.on('refused', (why, what) => {
      // The server says why, and which kind of packet it refused: a chat message, or a move.
      if (what === 'chat') {
        this.chatNotTaken(String(why));
        return;
      }
      this.problem = `The server refused: ${String(why)}.`;
      this.sentAt = null;
      this.refresh();
    });
    socket.on('chat', (matchID, message) => {
      if (matchID === this.matchID) this.receiveChat(message);
    });
  }
}

/** A chat line as a screen reader says it. */
function chatSpoken(line: ChatLine): string {
  if (line.kind === 'server') return `Server notice: ${line.text}`;
  const actor = RULES.actors[line.seat]?.name ?? line.seat;
  return `${line.name ? `${line.name}, ${actor}` : actor}: ${line.text}`;
}

const sameAction = (a: Action, b: Action) =>
  a.move === b.move && a.args.length === b.args.length && a.args.every((x, i) => x === b.args[i]);
