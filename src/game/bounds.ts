// Every track's bounds, in one place: effects clamp to them and a property test checks them.
import type { ActorTrack } from './ids';
import type { GlobalTracks } from './state';

export const clamp = (v: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, v));

export const ACTOR_BOUNDS: Record<ActorTrack, readonly [number, number]> = {
  defence: [0, 60],
  opinion: [0, 10],
  economy: [0, 10],
  chinaTrade: [0, 10],
  credibility: [0, 10],
  insurance: [0, 3],
  nip: [0, 99],
};

export const GLOBAL_BOUNDS: Record<keyof GlobalTracks, readonly [number, number]> = {
  order: [-10, 10],
  election: [-5, 5],
  reliability: [0, 10],
  ukraine: [0, 6],
  troops: [0, 40_000],
  taiwanDefence: [0, 60],
};

export const TENSION_MAX = 10;
export const FORCES_MAX = 12;
/** the regional-order value at which a side wins at once */
export const ORDER_WIN = 10;
/** an ally whose trade with China reaches this line is "accommodated" if China wins */
export const HEDGING_LINE = 7;
