// A game at one screen: boardgame.io's plain Client (no server) holds the match, every seat is
// a player id, and this controller decides who sits at the screen. Bots play their seats through
// the same moves a person sends, paced so that each of their moves can be followed in the log
// and on the map. In hotseat, a cover goes up whenever the screen passes to another person, and
// while bots play the table shows only public information.
//
// The controller is the only place that holds the unfiltered state; everything it hands the UI
// is `playerView(G, player)` of the seat at the screen, and `legalActions` of that seat.
import { Client } from 'boardgame.io/client';
import {
  HubAndSpokes, SeededRng, actingSeat, awaitedActors, createInitialState, legalActions, playerView,
  type Action, type GState, type PlayerView, type SeatId,
} from '../../game';
import { describe } from '../../sim/story';
import { refsOf } from '../selectors/log';
import { humanSeats, playerOf, type GameSetup } from './setup';
import { createBotRunner, type BotRunner } from './bot-runner';

export interface TableSnapshot {
  setup: GameSetup;
  /** what the screen shows: the view of the seat at the screen, or the public view */
  view: PlayerView;
  /** whose hand and secrets the screen shows (null: the public table, no hand) */
  viewer: SeatId | null;
  /** exactly legalActions of the seat at the screen (empty when it is not asked anything) */
  legal: Action[];
  /** the seat those actions are for */
  acting: SeatId | null;
  /** hotseat: the screen is covered until this seat's person says they are ready */
  cover: SeatId | null;
  /** a bot is deciding for this seat now */
  botThinking: SeatId | null;
  /** ids touched by the last move, to highlight on the map */
  highlight: string[];
  /** log entries after this sequence number came with the last move */
  freshAfter: number;
  /** the newest thing to announce in the live region, with a counter so repeats announce */
  announcement: { id: number; text: string };
  paused: boolean;
  paceMs: number;
  faster: boolean;
  over: boolean;
}

type BgioClient = ReturnType<typeof Client<GState>>;

/** A game in progress as it is kept in the browser: the setup and every move sent, in order.
 *  The same seed and the same moves give the same game, so this is all it takes to resume. */
export interface SavedGame {
  version: 1;
  setup: GameSetup;
  paceMs: number;
  moves: [SeatId, Action['move'], unknown[]][];
  /** numbers the bots have drawn, so that they go on as they would have */
  botDraws: number;
  round: number;
  savedAt: number;
}

export interface LocalGameOptions {
  paceMs?: number;
  /** called (at most every few hundred ms) with the game to keep, or null when it is over */
  onSave?: (saved: SavedGame | null) => void;
  /** resume this saved game instead of starting afresh */
  restore?: SavedGame;
}

export const DEFAULT_PACE = 700;

const sameAction = (a: Action, b: Action) =>
  a.move === b.move && a.args.length === b.args.length && a.args.every((x, i) => x === b.args[i]);

export class LocalGame {
  readonly setup: GameSetup;
  private readonly client: BgioClient;
  private readonly botRng: { number(): number };
  private botDraws = 0;
  private readonly moves: SavedGame['moves'] = [];
  private readonly onSave: ((saved: SavedGame | null) => void) | undefined;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<() => void>();
  private snapshot!: TableSnapshot;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private viewer: SeatId | null = null;
  /** the last seat whose person had the screen (hotseat) */
  private lastAtScreen: SeatId | null = null;
  private cover: SeatId | null = null;
  private paused = false;
  private paceMs: number;
  private faster = false;
  private highlight: string[] = [];
  private freshAfter = -1;
  private announcement = { id: 0, text: '' };
  private botThinking: SeatId | null = null;
  private readonly bots: BotRunner = createBotRunner();
  /** a bot's decision is on its way (in the worker): one at a time */
  private botBusy = false;
  private nextDelay = 0;
  private destroyed = false;

  constructor(setup: GameSetup, opts: LocalGameOptions = {}) {
    this.setup = setup;
    this.paceMs = opts.paceMs ?? DEFAULT_PACE;
    this.onSave = opts.onSave;
    const rng = new SeededRng(`${setup.seed}/bots`);
    for (let i = 0; i < (opts.restore?.botDraws ?? 0); i++) rng.number();
    this.botDraws = opts.restore?.botDraws ?? 0;
    this.botRng = { number: () => { this.botDraws++; return rng.number(); } };
    const scenario = setup.scenario;
    this.client = Client<GState>({
      game: { ...HubAndSpokes, seed: setup.seed, setup: ({ ctx }) => createInitialState(ctx.numPlayers, { scenario }) },
      numPlayers: 6,
      debug: false,
    });
    this.client.start();
    if (opts.restore) {
      for (const [i, [seat, move, args]] of opts.restore.moves.entries()) {
        if (!this.send(seat, { move, args } as Action, false)) {
          this.client.stop();
          throw new Error(`the saved game could not be replayed (move ${i + 1} of ${opts.restore.moves.length} was refused)`);
        }
      }
    }
    // The first move only shuffles and deals: nobody has a choice to make, so it is made at once.
    const G = this.G;
    if (G.step.kind === 'start') {
      const seat = awaitedActors(G)[0];
      if (seat) this.send(seat, { move: 'begin', args: [] });
    }
    this.freshAfter = this.G.logCount - 1;
    this.refresh();
    this.schedule();
  }

  // ---- the store interface (useSyncExternalStore) ----
  subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };

  getSnapshot = (): TableSnapshot => this.snapshot;

  // ---- what the person at the screen may do ----

  /** Sends one of the offered actions for the seat at the screen. Anything else is refused. */
  act(action: Action): boolean {
    const snap = this.snapshot;
    if (!snap.acting || snap.cover || !snap.legal.some((a) => sameAction(a, action))) return false;
    const ok = this.send(snap.acting, action);
    this.refresh();
    this.schedule();
    return ok;
  }

  /** Hotseat: the person named on the cover is at the screen. */
  reveal(): void {
    if (!this.cover) return;
    this.viewer = this.cover;
    this.lastAtScreen = this.cover;
    this.cover = null;
    this.refresh();
  }

  setPaused(paused: boolean): void {
    this.paused = paused;
    this.refresh();
    this.schedule();
  }

  setFaster(faster: boolean): void {
    this.faster = faster;
    this.refresh();
    this.schedule();
  }

  setPace(ms: number): void {
    this.paceMs = Math.max(0, ms);
    this.refresh();
    this.schedule();
  }

  /** The game as it would be saved now. */
  saved(): SavedGame {
    return {
      version: 1,
      setup: this.setup,
      paceMs: this.paceMs,
      moves: this.moves.map(([seat, move, args]) => [seat, move, [...args]]),
      botDraws: this.botDraws,
      round: this.G.round,
      savedAt: Date.now(),
    };
  }

  destroy(): void {
    this.destroyed = true;
    this.bots.dispose();
    clearTimeout(this.timer);
    clearTimeout(this.saveTimer);
    this.client.stop();
    this.listeners.clear();
  }

  /** Development and tests only: every seat's hand, to check that none shows where it must not. */
  debugHands(): Record<SeatId, string[]> {
    return JSON.parse(JSON.stringify(this.G.hands)) as Record<SeatId, string[]>;
  }

  /** Development and tests only: every seat's secrets, and the card ids the public log has named
   *  (a card played earlier and drawn again is no secret). */
  debugSecrets(): { hands: Record<SeatId, string[]>; agendas: Record<SeatId, string | null>; publicText: string } {
    const spectator = playerView(this.G, null);
    return {
      hands: this.debugHands(),
      agendas: { ...this.G.agendas },
      publicText: JSON.stringify([...spectator.history.flat(), ...spectator.log]),
    };
  }

  // ---- inside ----

  private get G(): GState {
    return (this.client.store.getState() as { G: GState }).G;
  }

  private get pace(): number {
    return this.faster ? Math.round(this.paceMs / 4) : this.paceMs;
  }

  private isHuman(seat: SeatId): boolean {
    return this.setup.seats[seat] === 'human';
  }

  /** Sends a move as a seat's player; returns whether boardgame.io took it. */
  private send(seat: SeatId, action: Action, report = true): boolean {
    const before = this.client.store.getState() as { _stateID: number; G: GState };
    const seqBefore = before.G.logCount;
    this.client.updatePlayerID(playerOf(seat));
    const move = this.client.moves[action.move];
    if (!move) return false;
    move(...action.args);
    const after = this.client.store.getState() as { _stateID: number; G: GState };
    if (after._stateID === before._stateID) return false;
    this.moves.push([seat, action.move, [...action.args]]);
    if (report) this.afterMove(seqBefore);
    return true;
  }

  /** Highlights and announces what the move brought, as the seat at the screen may see it. */
  private afterMove(seqBefore: number): void {
    const G = this.G;
    const shownTo = this.displayViewer();
    const visible = playerView(G, shownTo ? playerOf(shownTo) : null);
    const entries = [...visible.history.flat(), ...visible.log].filter((e) => e.seq >= seqBefore);
    const told = entries.map((e) => describe(e)).filter((t): t is string => t !== null).map((t) => t.replace(/^\n+/, '').replace(/^== (.*) ==$/, '$1').trim());
    if (entries.length) {
      this.highlight = [...new Set(entries.flatMap(refsOf))];
      this.freshAfter = seqBefore - 1;
    }
    // After a run of instant bot moves, the newest few are enough to hear.
    const recent = told.length > 6 ? ['…', ...told.slice(-6)] : told;
    if (told.length) this.announcement = { id: this.announcement.id + 1, text: recent.join(' ') };
    // A move the others can see is followed by a pause they can read it in.
    this.nextDelay = told.length ? this.pace : Math.min(this.pace, 120);
  }

  /** The seat whose view the screen should show now (before any cover). */
  private displayViewer(): SeatId | null {
    if (this.setup.mode === 'solo') return humanSeats(this.setup)[0] ?? null;
    return this.viewer;
  }

  /** Decides who sits at the screen and rebuilds the snapshot. */
  private refresh(): void {
    const G = this.G;
    const over = !!G.result;
    if (this.setup.mode === 'solo') {
      this.viewer = humanSeats(this.setup)[0] ?? null;
      this.cover = null;
    } else if (over) {
      this.viewer = null;
      this.cover = null;
    } else {
      const next = awaitedActors(G).find((s) => this.isHuman(s)) ?? null;
      if (next === null) {
        // Bots are playing: the screen shows the public table, no hand.
        this.viewer = null;
        this.cover = null;
      } else if (next !== this.viewer) {
        if (next === this.lastAtScreen && this.viewer === null && this.cover === null) {
          // The same person keeps the screen (only bots moved in between).
          this.viewer = next;
        } else {
          this.viewer = null;
          this.cover = next;
        }
      }
    }
    const player = this.viewer ? playerOf(this.viewer) : null;
    const view = playerView(G, player);
    const legal = player !== null && !this.cover ? legalActions(G, player) : [];
    const acting = legal.length ? actingSeat(G, player) ?? null : null;
    this.snapshot = {
      setup: this.setup,
      view,
      viewer: this.viewer,
      legal,
      acting,
      cover: this.cover,
      botThinking: this.botThinking,
      highlight: this.highlight,
      freshAfter: this.freshAfter,
      announcement: this.announcement,
      paused: this.paused,
      paceMs: this.paceMs,
      faster: this.faster,
      over,
    };
    for (const fn of [...this.listeners]) fn();
    this.scheduleSave(over);
  }

  private scheduleSave(over: boolean): void {
    if (!this.onSave || this.destroyed || this.saveTimer) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      if (!this.destroyed) this.onSave?.(over || this.G.result ? null : this.saved());
    }, 400);
  }

  /** Sets the next bot move going, after the pause the last move earned. */
  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    // a decision in the worker calls this again when it is back
    if (this.destroyed || this.botBusy) return;
    const G = this.G;
    const bot = G.result ? undefined : awaitedActors(G).find((s) => !this.isHuman(s));
    const thinking = bot ?? null;
    if (thinking !== this.botThinking) {
      this.botThinking = thinking;
      this.refresh();
    }
    if (!bot || this.paused) return;
    this.timer = setTimeout(() => void this.botMove(bot), this.nextDelay);
  }

  private async botMove(seat: SeatId): Promise<void> {
    this.timer = undefined;
    if (this.destroyed || this.paused) return;
    this.botBusy = true;
    try {
      if (this.pace === 0) {
        // Instant: every bot move up to the next person's decision, then one redraw.
        const start = this.G.logCount;
        let next: SeatId | undefined = seat;
        for (let guard = 0; next && guard < 10_000 && !this.paused; guard++) {
          if (!(await this.botStep(next, false)) || this.destroyed) break;
          next = this.G.result ? undefined : awaitedActors(this.G).find((s) => !this.isHuman(s));
        }
        this.afterMove(start);
      } else {
        await this.botStep(seat, true);
      }
    } finally {
      this.botBusy = false;
    }
    if (this.destroyed) return;
    this.refresh();
    this.schedule();
  }

  /** One bot decision for a seat the game awaits; false if it could not move. */
  private async botStep(seat: SeatId, report: boolean): Promise<boolean> {
    const G = this.G;
    if (!awaitedActors(G).includes(seat)) return true;
    const player = playerOf(seat);
    const stateID = this.stateID;
    let action: Action;
    try {
      action = await this.bots.choose({
        level: this.setup.seats[seat], view: playerView(G, player), seat, legal: legalActions(G, player), seed: String(this.botRng.number()),
      });
    } catch (e) {
      if (this.destroyed) return false;
      return this.stopBots(`${seat}'s bot failed (${(e as Error).message}); the game is paused.`);
    }
    if (this.destroyed) return false;
    // A person made a secret choice while the bot thought: it decides again on the new table.
    if (this.stateID !== stateID) return true;
    if (this.send(seat, action, report)) return true;
    // A bot's choice is always among the legal actions; if boardgame.io refused it anyway, stop
    // rather than loop.
    return this.stopBots(`${seat}'s bot could not move; the game is paused.`);
  }

  private stopBots(why: string): false {
    this.paused = true;
    this.announcement = { id: this.announcement.id + 1, text: why };
    return false;
  }

  private get stateID(): number {
    return (this.client.store.getState() as { _stateID: number })._stateID;
  }
}
