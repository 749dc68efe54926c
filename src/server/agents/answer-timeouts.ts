// The match's answer time limit. When a person's seat has been awaited for a consent answer, a
// crisis commitment or a home-front budget longer than the match allows, the server answers
// for it: it connects with that seat's own stored credentials (so it sees that seat's view
// only), lets the normal bot choose, says so in the match's chat, and sends the move.
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

interface Waiting {
  /** when each awaited person's seat began to be awaited */
  since: Map<SeatId, number>;
  timer: NodeJS.Timeout | undefined;
}

export class AnswerTimeouts {
  private readonly waiting = new Map<string, Waiting>();
  private readonly answering = new Set<string>();
  private readonly limits = new Map<string, { seconds: number; bots: Set<string> }>();
  private stopped = false;

  constructor(private readonly opts: { server: () => string; storage: SqliteStorage; pool: DecisionPool; report: (message: string) => void }) {}

  /** Called with every state the match saves. */
  observe(matchID: string, state: State): void {
    if (this.stopped) return;
    const overdueAt = this.track(matchID, state);
    const entry = this.waiting.get(matchID);
    if (!entry) return;
    clearTimeout(entry.timer);
    entry.timer = overdueAt === undefined ? undefined : setTimeout(() => void this.answerOverdue(matchID), Math.max(0, overdueAt - Date.now()));
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
  private track(matchID: string, state: State): number | undefined {
    const G = state.G as GState;
    const limit = this.limitOf(matchID);
    const seats = !limit || state.ctx.gameover !== undefined || !TIMED_STEPS.has(G.step.kind) ? [] : awaitedActors(G).filter((seat) => {
      const control = G.control[seat];
      return 'player' in control && !limit.bots.has(control.player);
    });
    if (seats.length === 0 || !limit) {
      this.forget(matchID);
      return undefined;
    }
    const before = this.waiting.get(matchID);
    const now = Date.now();
    const since = new Map(seats.map((seat) => [seat, before?.since.get(seat) ?? now]));
    this.waiting.set(matchID, { since, timer: before?.timer });
    return Math.min(...since.values()) + limit.seconds * 1000;
  }

  private async answerOverdue(matchID: string): Promise<void> {
    const entry = this.waiting.get(matchID);
    const limit = this.limits.get(matchID);
    if (!entry || !limit || this.stopped) return;
    const { metadata, state } = this.opts.storage.fetch(matchID, { metadata: true, state: true });
    if (!metadata || !state) return;
    const G = state.G as GState;
    const overdue = [...entry.since].filter(([, since]) => since + limit.seconds * 1000 <= Date.now()).map(([seat]) => seat);
    const players = new Set(overdue.map((seat) => G.control[seat]).flatMap((c) => ('player' in c ? [c.player] : [])));
    await Promise.all([...players].map(async (playerID) => {
      const credentials = metadata.players[Number(playerID)]?.credentials;
      const key = `${matchID}/${playerID}`;
      if (!credentials) {
        this.opts.report(`match ${matchID}: seat ${playerID} is empty and awaited; nobody can answer for it`);
        return;
      }
      if (this.answering.has(key)) return;
      this.answering.add(key);
      try {
        await this.answerFor({ matchID, playerID, credentials }, limit.seconds);
      } catch (e) {
        this.opts.report(`match ${matchID}: could not answer for player ${playerID}: ${(e as Error).message}`);
      } finally {
        this.answering.delete(key);
      }
    }));
    if (this.waiting.get(matchID) === entry && !this.stopped) entry.timer = setTimeout(() => void this.answerOverdue(matchID), RETRY_MS);
  }

  private async answerFor(seat: { matchID: string; playerID: string; credentials: string }, seconds: number): Promise<void> {
    const client = seatClient({ server: this.opts.server(), ...seat });
    client.start();
    try {
      const state = await nextState(client, -1);
      const view = state.G;
      const actor = actingSeat(view, seat.playerID);
      const legal = actor ? legalActionsFor(view, actor) : [];
      if (!actor || legal.length === 0 || !TIMED_STEPS.has(view.step.kind)) return;
      const action = await this.opts.pool.decide({ level: ANSWER_POLICY, view, seat: actor, legal, seed: randomBytes(8).toString('hex') });
      if (client.getState()?._stateID !== state._stateID) return;
      client.sendChatMessage({ text: `${RULES.actors[actor]?.name ?? actor} did not answer within ${seconds} s: the server answered for it.`, timeout: true, seat: actor });
      sendMove(client, action);
      await nextState(client, state._stateID);
    } finally {
      client.stop();
    }
  }
}

/** The client's first state newer than `after`. */
function nextState(client: SeatClient, after: number): Promise<NonNullable<ReturnType<SeatClient['getState']>>> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const state = client.getState();
      if (state && state._stateID > after) {
        clearTimeout(timer);
        setTimeout(unsubscribe, 0);
        resolve(state);
      }
    };
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error('the server did not answer'));
    }, CONNECT_MS);
    const unsubscribe = client.subscribe(check);
  });
}
