// Actor, seat and player id are different things: the state records which controller holds
// each seat, and the step records which actors the game waits for. Player ids only come in
// here, where the two meet.
import { SEATS, isNetworkSeat, type SeatId } from './ids';
import type { GState, PlayerID } from './state';
import { RULES } from './rules';

export const controllerOf = (G: GState, seat: SeatId) => G.control[seat];

export const isAutopilot = (G: GState, seat: SeatId): boolean => 'autopilot' in G.control[seat];

export const seatsOf = (G: GState, player: PlayerID | null | undefined): SeatId[] =>
  player == null ? [] : SEATS.filter((s) => {
    const c = G.control[s];
    return 'player' in c && c.player === player;
  });

export const sideOf = (seat: SeatId): 'network' | 'china' => (isNetworkSeat(seat) ? 'network' : 'china');

/** The actors whose decision the game waits for now. */
export function awaitedActors(G: GState): SeatId[] {
  const s = G.step;
  switch (s.kind) {
    case 'start': {
      const first = SEATS.find((seat) => !isAutopilot(G, seat));
      return first ? [first] : [];
    }
    case 'action': return [s.actor];
    case 'consent': return s.awaiting.slice(0, 1);
    case 'commit':
    case 'homeFront': return s.awaiting;
    case 'over': return [];
  }
}

/** The player ids that may send a move now (for boardgame.io's active players). */
export function awaitedPlayers(G: GState): PlayerID[] {
  const players = new Set<PlayerID>();
  for (const seat of awaitedActors(G)) {
    const c = G.control[seat];
    if ('player' in c) players.add(c.player);
  }
  return [...players];
}

/** The actor a player acts as now: the first awaited seat the player holds. */
export function actingSeat(G: GState, player: PlayerID | null | undefined): SeatId | undefined {
  const mine = seatsOf(G, player);
  return awaitedActors(G).find((a) => mine.includes(a));
}

/** Force cap: floor(defence / 10 × forces per point) [rulebook 4.2]. */
export function forceCap(G: GState, seat: SeatId): number {
  const st = G.actors[seat];
  const per = RULES.actors[seat]?.forcesPerPoint ?? 0;
  return st ? Math.floor((st.defence / 10) * per) : 0;
}

export function totalForces(G: GState, seat: SeatId): number {
  const forces = G.actors[seat]?.forces ?? {};
  return Object.values(forces).reduce((s, n) => s + (n ?? 0), 0);
}
