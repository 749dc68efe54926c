// The load: six-seat matches whose seats play random legal moves, one move every `pace` ms
// per match, each chosen by the awaited seat from its own state. Records round trips and the
// bytes of every update each seat receives, apart for fresh and late matches.
import { SeededRng, actingSeat, awaitedPlayers, legalActionsFor } from '../../src/game';
import { SeatSocket } from './seat-socket';
import type { BenchMatch } from './fixtures';

export type Stage = 'early' | 'late';

/** A round trip longer than this is counted by its step and move (to find what is slow). */
export const SLOW_MS = 1000;

export class Samples {
  moves = 0;
  lost = 0;
  readonly roundTrips: Record<Stage, number[]> = { early: [], late: [] };
  readonly updateBytes: Record<Stage, number[]> = { early: [], late: [] };
  /** by the round the match is in: how a match's cost changes over its length */
  readonly byRound = new Map<number, { bytes: number[]; roundTrips: number[] }>();
  /** moves answered after more than SLOW_MS, by the step they were made in and the move */
  readonly slow = new Map<string, number>();
  recording = false;

  round(n: number): { bytes: number[]; roundTrips: number[] } {
    let r = this.byRound.get(n);
    if (!r) this.byRound.set(n, (r = { bytes: [], roundTrips: [] }));
    return r;
  }
}

export class MatchLoad {
  readonly seats: SeatSocket[];
  private inFlight?: { sentAt: number };
  private timer?: NodeJS.Timeout;
  over = false;
  /** the round the match is in, as its first seat last saw it */
  private round = 0;

  constructor(port: number, match: BenchMatch, readonly stage: Stage, private readonly samples: Samples, private readonly rng: SeededRng) {
    this.seats = match.credentials.map((c, i) => new SeatSocket(port, match.matchID, String(i), c, (bytes) => {
      if (!samples.recording) return;
      samples.updateBytes[stage].push(bytes);
      samples.round(this.round).bytes.push(bytes);
    }));
  }

  async connect(): Promise<void> {
    await Promise.all(this.seats.map((s) => s.connect()));
  }

  /** One move every `pace` ms, starting at a random point of the first period. */
  start(pace: number): void {
    this.timer = setTimeout(() => {
      this.timer = setInterval(() => this.tick(), pace);
      this.tick();
    }, this.rng.number() * pace);
  }

  stop(): void {
    clearTimeout(this.timer);
    clearInterval(this.timer);
    for (const s of this.seats) s.close();
  }

  private tick(): void {
    if (this.inFlight) {
      // an answer that never came (a refused move): give up on it after a few seconds
      if (performance.now() - this.inFlight.sentAt < 5000) return;
      this.samples.lost += 1;
      this.inFlight = undefined;
    }
    const shared = this.seats[0]?.held();
    if (!shared || shared.G.result) {
      this.over = true;
      return;
    }
    this.round = shared.G.round;
    const player = awaitedPlayers(shared.G)[0];
    const seat = player === undefined ? undefined : this.seats[Number(player)];
    const mine = seat?.held();
    if (!seat || !mine || mine._stateID !== shared._stateID) return;
    const acting = actingSeat(mine.G, seat.playerID);
    const legal = acting ? legalActionsFor(mine.G, acting) : [];
    const action = legal[Math.floor(this.rng.number() * legal.length)];
    if (!action) return;
    const sentAt = performance.now();
    this.inFlight = { sentAt };
    const slowKey = `${this.stage} ${mine.G.step.kind}/${action.move}`;
    seat.move(action.move, action.args, mine._stateID, (at) => {
      this.inFlight = undefined;
      if (!this.samples.recording) return;
      if (at - sentAt > SLOW_MS) this.samples.slow.set(slowKey, (this.samples.slow.get(slowKey) ?? 0) + 1);
      this.samples.moves += 1;
      this.samples.roundTrips[this.stage].push(at - sentAt);
      this.samples.round(this.round).roundTrips.push(at - sentAt);
    });
  }
}
