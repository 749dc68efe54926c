import type { Action, PlayerView, Rng, SeatId } from '../game';

/** A bot chooses among the legal actions of its seat, seeing only that seat's view. */
export interface Bot {
  readonly name: string;
  choose(view: PlayerView, seat: SeatId, legal: Action[], rng: Rng): Action;
}
