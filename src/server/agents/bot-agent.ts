// One bot seat, played by the server through the front door: it connects as that seat, sees
// only that seat's view, computes the seat's legal actions from it, lets its bot choose in a
// worker, and sends the move at a pace a person can follow.
import { randomBytes } from 'node:crypto';
import { actingSeat, legalActionsFor, type Action, type PlayerView, type SeatId } from '../../game';
import type { DecisionPool } from './decision-pool';
import { seatClient, sendMove, type SeatAddress, type SeatClient } from './seat-client';

export interface BotAgentOptions {
  address: SeatAddress;
  level: string;
  /** the least time from a state to the bot's move, thinking included */
  paceMs: number;
  pool: DecisionPool;
  report: (message: string) => void;
}

/** A move the server refused, or one lost to a dropped socket, is decided again after this. */
const RETRY_MS = 5_000;

export class BotAgent {
  readonly client: SeatClient;
  private handled = -1;
  private paceTimer: NodeJS.Timeout | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(private readonly opts: BotAgentOptions) {
    this.client = seatClient(opts.address);
    this.client.subscribe((state) => this.onState(state));
  }

  start(): void {
    this.client.start();
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    clearTimeout(this.paceTimer);
    clearTimeout(this.retryTimer);
    this.client.stop();
  }

  get done(): boolean {
    return this.stopped;
  }

  private onState(state: ReturnType<SeatClient['getState']>): void {
    if (this.stopped || !state) return;
    if (state.ctx.gameover !== undefined) {
      this.stop();
      return;
    }
    if (state._stateID === this.handled) return;
    const view = state.G;
    const seat = actingSeat(view, this.opts.address.playerID);
    const legal = seat ? legalActionsFor(view, seat) : [];
    if (!seat || legal.length === 0) return;
    this.handled = state._stateID;
    void this.play(state._stateID, view, seat, legal);
  }

  private async play(stateID: number, view: PlayerView, seat: SeatId, legal: Action[]): Promise<void> {
    const started = Date.now();
    let action: Action;
    try {
      action = await this.opts.pool.decide({ matchID: this.opts.address.matchID, level: this.opts.level, view, seat, legal, seed: randomBytes(8).toString('hex') });
    } catch (e) {
      if (!this.stopped) this.report(`could not decide: ${(e as Error).message}`);
      this.retryLater(stateID);
      return;
    }
    const rest = this.opts.paceMs - (Date.now() - started);
    if (rest > 0) await new Promise((resolve) => { this.paceTimer = setTimeout(resolve, rest); });
    if (this.stopped || this.client.getState()?._stateID !== stateID) return;
    sendMove(this.client, action);
    this.retryLater(stateID);
  }

  private retryLater(stateID: number): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => {
      if (this.stopped || this.client.getState()?._stateID !== stateID) return;
      this.report(`state ${stateID} did not move on: deciding again`);
      this.handled = -1;
      this.onState(this.client.getState());
    }, Math.max(RETRY_MS, 2 * this.opts.paceMs));
  }

  private report(message: string): void {
    const { matchID, playerID } = this.opts.address;
    this.opts.report(`bot ${this.opts.level} of match ${matchID}, player ${playerID}: ${message}`);
  }
}
