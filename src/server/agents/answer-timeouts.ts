// The match's answer time limit. When a person's seat has been awaited for a consent answer, a
// crisis commitment or a home-front budget longer than the match allows, the server answers
// for it: it connects with that seat's own stored credentials (so it sees that seat's view
// only), lets the normal bot choose, sends the move, and says so in the match's chat as the
// server itself (a sender no client may send as, so no person can forge the notice).
// The clock and the answers are also kept on the person's seat in the match's metadata (its
// public `data`, see AnswerRecord): a restart resumes the clock instead of starting it again,
// and the seat's page can say what was answered for it after the chat is gone.
import { randomBytes } from 'node:crypto';
import type { State } from 'boardgame.io';
import { RULES, actingSeat, awaitedActors, legalActionsFor, type GState, type SeatId } from '../../game';
import type { SqliteStorage } from '../storage/sqlite';
import { answerSecondsOf, botSeats } from '../lobby/bot-seats';
import type { DecisionPool } from './decision-pool';
import { seatClient, sendMove, type SeatClient } from './seat-client';

const TIMED_STEPS = new Set(['consent', 'commit', 'homeFront']);
const ANSWER_POLICY = 'normal';
const CONNECT_MS = 10_000;
/** After an answer that did not move the match on (an empty seat, a lost socket), try again. */
const RETRY_MS = 10_000;
/** A clock resumed after a restart runs at least this long (within the limit): the people's
 *  pages need a moment to reconnect. */
const RESUME_GRACE_MS = 15_000;

/** What the server's time-out notice in the chat says. */
export interface TimeoutNotice { text: string; timeout: true; seat: SeatId }
export type Notify = (matchID: string, notice: TimeoutNotice) => void;

/** What the server keeps on a person's seat (its `data` in the match's metadata; public). */
export interface AnswerRecord {
  /** the timed decision awaited (round, action round, kind, theatre) and since when each of
   *  the player's seats has been awaited for it */
  awaited?: { step: string; since: Partial<Record<SeatId, number>> };
  /** how many times the server has answered for the seat, and what it said the last time */
  answeredByServer?: number;
  lastAnswer?: string;
}

interface Waiting {
  /** the decision awaited: a new one (another kind, another crisis) restarts every clock */
  step: string;
  /** when each awaited person's seat began to be awaited */
  since: Map<SeatId, number>;
  timer: NodeJS.Timeout | undefined;
}

const stepKey = (step: GState['step']) => `${step.kind}:${'theatre' in step ? step.theatre : ''}`;

export class AnswerTimeouts {
  private readonly waiting = new Map<string, Waiting>();
  /** matches the server is answering for now: one round at a time per match */
  private readonly busy = new Set<string>();
  private readonly limits = new Map<string, { seconds: number; bots: Set<string> }>();
  private stopped = false;

  constructor(private readonly opts: { server: () => string; notify: Notify; storage: SqliteStorage; pool: DecisionPool; report: (message: string) => void }) {}

  /** Called with every state the match saves. */
  observe(matchID: string, state: State): void {
    if (this.stopped) return;
    const entry = this.track(matchID, state);
    if (entry) this.arm(matchID, entry, 0);
  }

  forget(matchID: string): void {
    clearTimeout(this.waiting.get(matchID)?.timer);
    this.waiting.delete(matchID);
    this.limits.delete(matchID);
  }

  stop(): void {
    this.stopped = true;
    for (const matchID of [...this.waiting.keys()]) this.forget(matchID);
  }

  private limitOf(matchID: string): { seconds: number; bots: Set<string> } | undefined {
    let limit = this.limits.get(matchID);
    if (!limit) {
      const { metadata } = this.opts.storage.fetch(matchID, { metadata: true });
      if (!metadata) return undefined;
      limit = { seconds: answerSecondsOf(metadata), bots: new Set(botSeats(metadata).keys()) };
      this.limits.set(matchID, limit);
    }
    return limit;
  }

  /** The people's seats the state awaits for a timed answer, each with when it became awaited. */
  private track(matchID: string, state: State): Waiting | undefined {
    const G = state.G as GState;
    const limit = this.limitOf(matchID);
    const seats = !limit || state.ctx.gameover !== undefined || !TIMED_STEPS.has(G.step.kind) ? [] : awaitedActors(G).filter((seat) => {
      const control = G.control[seat];
      return 'player' in control && !limit.bots.has(control.player);
    });
    if (seats.length === 0) {
      this.forget(matchID);
      return undefined;
    }
    const step = `${G.round}/${G.actionRound}/${stepKey(G.step)}`;
    const before = this.waiting.get(matchID);
    const kept = before?.step === step ? before.since : new Map<SeatId, number>();
    const fresh = seats.filter((seat) => !kept.has(seat));
    const since = fresh.length > 0 ? this.startClocks(matchID, G, step, fresh, (limit as { seconds: number }).seconds) : new Map<SeatId, number>();
    const entry: Waiting = { step, since: new Map(seats.map((seat) => [seat, kept.get(seat) ?? since.get(seat) ?? Date.now()])), timer: before?.timer };
    this.waiting.set(matchID, entry);
    return entry;
  }

  /** Since when each newly awaited seat is awaited: a clock kept in the metadata for this very
   *  decision (the server restarted) resumes, with a little grace; any other starts now and is
   *  written there. */
  private startClocks(matchID: string, G: GState, step: string, seats: SeatId[], seconds: number): Map<SeatId, number> {
    const now = Date.now();
    const out = new Map<SeatId, number>();
    const { metadata } = this.opts.storage.fetch(matchID, { metadata: true });
    if (!metadata) return out;
    const earliest = now + Math.min(RESUME_GRACE_MS, seconds * 1000) - seconds * 1000;
    const started: Array<[string, SeatId]> = [];
    for (const seat of seats) {
      const control = G.control[seat];
      if (!('player' in control)) continue;
      const record = (metadata.players[Number(control.player)]?.data ?? {}) as AnswerRecord;
      const kept = record.awaited?.step === step ? record.awaited.since[seat] : undefined;
      if (typeof kept === 'number') out.set(seat, Math.max(kept, earliest));
      else {
        out.set(seat, now);
        started.push([control.player, seat]);
      }
    }
    // Written once the save under way is through: boardgame.io's master writes the metadata it
    // read before the move right after the state, and would undo a change made before that.
    if (started.length > 0) queueMicrotask(() => this.note(matchID, started.map(([playerID, seat]) => [playerID, (record) => ({
      ...record,
      awaited: { step, since: { ...(record.awaited?.step === step ? record.awaited.since : {}), [seat]: now } },
    })])));
    return out;
  }

  /** Changes the answer records of people's seats of the match (a seat nobody holds is left). */
  private note(matchID: string, changes: Array<[string, (record: AnswerRecord) => AnswerRecord]>): void {
    if (this.stopped) return;
    const { metadata } = this.opts.storage.fetch(matchID, { metadata: true });
    if (!metadata) return;
    let changed = false;
    for (const [playerID, change] of changes) {
      const player = metadata.players[Number(playerID)];
      if (!player?.credentials) continue;
      player.data = change((player.data ?? {}) as AnswerRecord);
      changed = true;
    }
    if (changed) this.opts.storage.setMetadata(matchID, metadata);
  }

  /** When each awaited person's seat of the match began to be awaited (for tests and diagnostics). */
  clockOf(matchID: string): ReadonlyMap<SeatId, number> {
    return this.waiting.get(matchID)?.since ?? new Map();
  }

  /** Sets the match's one timer: at the first seat's limit, and not before `atLeastMs`. */
  private arm(matchID: string, entry: Waiting, atLeastMs: number): void {
    const seconds = this.limits.get(matchID)?.seconds ?? 0;
    const due = Math.min(...entry.since.values()) + seconds * 1000;
    clearTimeout(entry.timer);
    entry.timer = setTimeout(() => void this.answerOverdue(matchID), Math.max(atLeastMs, due - Date.now()));
  }

  private async answerOverdue(matchID: string): Promise<void> {
    const entry = this.waiting.get(matchID);
    const limit = this.limits.get(matchID);
    // A round still under way re-arms the timer when it ends.
    if (!entry || !limit || this.stopped || this.busy.has(matchID)) return;
    const { metadata, state } = this.opts.storage.fetch(matchID, { metadata: true, state: true });
    if (!metadata || !state) return;
    const G = state.G as GState;
    const overdue = [...entry.since].filter(([, since]) => since + limit.seconds * 1000 <= Date.now()).map(([seat]) => seat);
    const players = new Set(overdue.map((seat) => G.control[seat]).flatMap((c) => ('player' in c ? [c.player] : [])));
    this.busy.add(matchID);
    const moved = await Promise.all([...players].map(async (playerID) => {
      const credentials = metadata.players[Number(playerID)]?.credentials;
      if (!credentials) {
        this.opts.report(`match ${matchID}: seat ${playerID} is empty and awaited; nobody can answer for it`);
        return false;
      }
      try {
        return await this.answerFor({ matchID, playerID, credentials }, limit.seconds);
      } catch (e) {
        this.opts.report(`match ${matchID}: could not answer for player ${playerID}: ${(e as Error).message}`);
        return false;
      }
    }));
    this.busy.delete(matchID);
    const now = this.waiting.get(matchID);
    // Nothing moved (an empty seat, a lost socket): try again later, not in a loop.
    if (now && !this.stopped) this.arm(matchID, now, moved.some(Boolean) ? 0 : RETRY_MS);
  }

  /** Answers for one seat through its own connection; true if the match moved on. */
  private async answerFor(seat: { matchID: string; playerID: string; credentials: string }, seconds: number): Promise<boolean> {
    const client = seatClient({ server: this.opts.server(), ...seat });
    client.start();
    try {
      const state = await nextState(client, -1);
      const view = state.G;
      const actor = actingSeat(view, seat.playerID);
      const legal = actor ? legalActionsFor(view, actor) : [];
      if (!actor || legal.length === 0 || !TIMED_STEPS.has(view.step.kind)) return false;
      const action = await this.opts.pool.decide({ matchID: seat.matchID, level: ANSWER_POLICY, view, seat: actor, legal, seed: randomBytes(8).toString('hex') });
      if (client.getState()?._stateID !== state._stateID) return true;
      sendMove(client, action);
      const next = await nextState(client, state._stateID);
      // Another seat's move may have come first, and this one was refused: say nothing then.
      if (stepKey(next.G.step) !== stepKey(view.step) || !awaitedActors(next.G).includes(actor)) {
        const text = `${RULES.actors[actor]?.name ?? actor} did not answer within ${seconds} s: the server answered for it.`;
        this.note(seat.matchID, [[seat.playerID, (record) => ({ ...record, answeredByServer: (record.answeredByServer ?? 0) + 1, lastAnswer: text })]]);
        this.opts.notify(seat.matchID, { text, timeout: true, seat: actor });
      }
      return true;
    } finally {
      client.stop();
    }
  }
}

/** The client's first state newer than `after`. */
async function nextState(client: SeatClient, after: number): Promise<NonNullable<ReturnType<SeatClient['getState']>>> {
  await settled(client, () => (client.getState()?._stateID ?? -1) > after);
  return client.getState() as NonNullable<ReturnType<SeatClient['getState']>>;
}

/** Resolves once `done()` holds for what the client has received. */
function settled(client: SeatClient, done: () => boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (!done()) return;
      clearTimeout(timer);
      setTimeout(unsubscribe, 0);
      resolve();
    };
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error('the server did not answer'));
    }, CONNECT_MS);
    const unsubscribe = client.subscribe(check);
  });
}
