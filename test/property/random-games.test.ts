// Random-legal self-play on the pure path: over a thousand games of 2..6 players, every seed
// fixed. In EVERY game, after EVERY action, the "must hold at all times" invariants are
// checked (GAME.md): nothing throws, the awaited player always has a legal action until the
// game ends, every card is in exactly one place, every track is within its bounds, and the
// game ends within the scenario's rounds and a bounded number of actions.
//
// Every game is checked after every action (not only at its end): on the 2-core dev machine the
// 1,250 games (~470,000 actions) take ~25–40 s in all, ~4–8 s a block, since each check is cheap
// (a Map of ~80 card ids and ~150 numbers).
import { describe, expect, it } from 'vitest';
import {
  SeededRng, applyAction, awaitedActors, awaitedPlayers, createInitialState, legalActions,
  SEATS, type GState, type SeatId, type SetupData,
} from '../../src/game';
import { isAutopilot } from '../../src/game/seats';
import { nextDecision } from '../../src/sim/play';
import { randomBot } from '../../src/bots';
import { boundsProblems, cardProblems, wholeLog } from '../helpers/builders';

/** No game may take more decisions than this (a full game averages a few hundred). */
const MAX_ACTIONS = 5_000;

interface GameReport { actions: number; rounds: number; side: string }

function invariantProblems(G: GState): string[] {
  const problems = [...cardProblems(G), ...boundsProblems(G)];
  if (G.result) {
    if (G.phase !== 'over' || G.step.kind !== 'over') problems.push(`result set but phase ${G.phase}, step ${G.step.kind}`);
    if (G.crisis) problems.push('a crisis is still open after the end');
  } else {
    // No dead end: someone must decide, it is a player (the autopilot has settled), and every
    // awaited player has at least one legal action.
    const players = awaitedPlayers(G);
    if (players.length === 0) problems.push(`nobody to move at step ${G.step.kind}, round ${G.round}`);
    for (const seat of awaitedActors(G)) if (isAutopilot(G, seat)) problems.push(`autopilot seat ${seat} left waiting`);
    for (const p of players) if (legalActions(G, p).length === 0) problems.push(`player ${p} awaited at ${G.step.kind} with no legal action`);
  }
  if (G.round > G.lastRound) problems.push(`round ${G.round} > lastRound ${G.lastRound}`);
  const entries = wholeLog(G);
  for (let i = 0; i < entries.length; i++) if (entries[i]?.seq !== i) { problems.push(`log seq broken at ${i}`); break; }
  return problems;
}

/** One random-legal game; throws with the seed, the action count and the problems on the
 *  first broken invariant. */
function randomGame(seed: string, players: number, setupData: SetupData = {}): GameReport {
  const G = createInitialState(players, setupData);
  const rng = new SeededRng(seed);
  const botRng = new SeededRng(`${seed}/bots`);
  const fail = (n: number, what: string) => { throw new Error(`seed ${seed}, ${players} players, after ${n} actions: ${what}`); };
  let n = 0;
  const initial = invariantProblems(G);
  if (initial.length) fail(0, initial.join('; '));
  while (!G.result) {
    const d = nextDecision(G, () => randomBot, botRng);
    if (!d) fail(n, `no player to move at ${G.step.kind}`);
    let ok = false;
    try {
      ok = applyAction(G, d!.player, d!.action, rng);
    } catch (e) {
      fail(n, `applyAction threw on ${JSON.stringify(d!.action)}: ${(e as Error).stack}`);
    }
    if (!ok) fail(n, `legal action refused: ${JSON.stringify(d!.action)}`);
    n += 1;
    const problems = invariantProblems(G);
    if (problems.length) fail(n, `${JSON.stringify(d!.action)} broke: ${problems.join('; ')}`);
    if (n > MAX_ACTIONS) fail(n, 'the game does not end');
  }
  return { actions: n, rounds: G.round, side: G.result!.side };
}

/** A block of games: `count` games of each player count in `players`. */
function block(label: string, players: number[], count: number): void {
  it(`${label}: ${players.length * count} games (${players.join(', ')} players), invariants after every action`, () => {
    const t0 = performance.now();
    const reports: GameReport[] = [];
    for (const p of players) for (let i = 0; i < count; i++) reports.push(randomGame(`rand-${label}-${p}p-${i}`, p));
    const ms = performance.now() - t0;
    const actions = reports.map((r) => r.actions);
    const total = actions.reduce((s, x) => s + x, 0);
    console.info(`[random-games] ${label}: ${reports.length} games, ${total} actions, max ${Math.max(...actions)} a game, `
      + `network wins ${reports.filter((r) => r.side === 'network').length}, ${(ms / 1000).toFixed(1)} s`);
    expect(reports).toHaveLength(players.length * count);
    expect(Math.max(...actions)).toBeLessThanOrEqual(MAX_ACTIONS);
  });
}

/** A random seat map for k players: each player one seat at least, a player may hold several
 *  seats, the seats left over go to the autopilot or to a player. */
function randomSeats(rng: SeededRng, k: number): Partial<Record<SeatId, string>> {
  const seats = [...SEATS];
  for (let i = seats.length - 1; i > 0; i--) {
    const j = Math.floor(rng.number() * (i + 1));
    [seats[i], seats[j]] = [seats[j] as SeatId, seats[i] as SeatId];
  }
  const map: Partial<Record<SeatId, string>> = {};
  seats.forEach((s, i) => {
    if (i < k) map[s] = String(i);
    else if (rng.number() < 0.5) map[s] = String(Math.floor(rng.number() * k));
  });
  return map;
}

describe('random-legal self-play (pure path)', () => {
  // 5 blocks × 220 games = 1,100 games, every player count 2..6 in every block, plus 150 games
  // with custom seat maps.
  block('A', [2, 3, 4, 5, 6], 44);
  block('B', [2, 3, 4, 5, 6], 44);
  block('C', [2, 3, 4, 5, 6], 44);
  block('D', [2, 3, 4, 5, 6], 44);
  block('E', [2, 3, 4, 5, 6], 44);

  it('F: 150 games with random seat maps (players holding several seats), invariants after every action', () => {
    const t0 = performance.now();
    const pick = new SeededRng('seat-maps');
    let actions = 0;
    for (let i = 0; i < 150; i++) {
      const k = 2 + (i % 5);
      actions += randomGame(`rand-F-${i}`, k, { seats: randomSeats(pick, k) }).actions;
    }
    console.info(`[random-games] F: 150 games with seat maps, ${actions} actions, ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  });
});
