// Bots choose only among legal actions and see only their own seat's view; the engine's
// autopilot (the greedy policy) decides the same whatever the seats' hidden cards are.
import { describe, expect, it } from 'vitest';
import { SEATS, SeededRng, awaitedPlayers, legalActions, legalActionsFor, playerView, seatsOf, type GState, type SeatId } from '../../src/game';
import { autopilotChoice } from '../../src/game/autopilot';
import { greedyBot, randomBot } from '../../src/bots';
import { playGame } from '../../src/sim/play';
import { clone, startedGame } from '../helpers/builders';

/** Every distinct decision point of a few greedy games, as states. */
function decisionStates(count: number): GState[] {
  const states: GState[] = [];
  for (let i = 0; i < 3; i++) {
    playGame({ seed: `states-${i}`, players: 6, bot: greedyBot, onAction: (G) => { if (!G.result && states.length < count * (i + 1)) states.push(clone(G)); } });
  }
  return states;
}

/** Reshuffles what a seat may not see: other seats' hands and the orders of the decks. */
function scrambleHidden(G: GState, viewer: SeatId, rng: SeededRng): GState {
  const H = clone(G);
  const others = SEATS.filter((s) => s !== viewer);
  const pool = others.flatMap((s) => H.hands[s]).concat(H.decks.strategy);
  for (let i = pool.length - 1; i > 0; i--) { const j = Math.floor(rng.number() * (i + 1)); [pool[i], pool[j]] = [pool[j] as string, pool[i] as string]; }
  for (const s of others) H.hands[s] = pool.splice(0, H.hands[s].length);
  H.decks.strategy = pool;
  H.decks.regional.reverse();
  return H;
}

describe('bots', () => {
  it('the random bot picks only legal actions', () => {
    const { G } = startedGame();
    const rng = new SeededRng('r');
    for (let i = 0; i < 50; i++) {
      const player = awaitedPlayers(G)[0] as string;
      const legal = legalActions(G, player);
      expect(legal).toContainEqual(randomBot.choose(playerView(G, player), seatsOf(G, player)[0] as SeatId, legal, rng));
    }
  });

  it('the greedy bot decides from its view exactly as the autopilot does from the full state', () => {
    for (const G of decisionStates(40)) {
      const player = awaitedPlayers(G)[0] as string;
      const seat = seatsOf(G, player).find((s) => legalActionsFor(G, s).length > 0) as SeatId;
      const legal = legalActionsFor(G, seat);
      expect(greedyBot.choose(playerView(G, player), seat, legal, new SeededRng('x'))).toEqual(autopilotChoice(G, seat, legal));
    }
  });

  it('the autopilot never plays on knowledge the seat could not have: hidden cards do not change its choice', () => {
    const rng = new SeededRng('scramble');
    let checked = 0;
    for (const G of decisionStates(60)) {
      const player = awaitedPlayers(G)[0] as string;
      const seat = seatsOf(G, player).find((s) => legalActionsFor(G, s).length > 0) as SeatId;
      const legal = legalActionsFor(G, seat);
      const H = scrambleHidden(G, seat, rng);
      expect(legalActionsFor(H, seat)).toEqual(legal);
      expect(autopilotChoice(H, seat, legal)).toEqual(autopilotChoice(G, seat, legal));
      checked += 1;
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('a greedy game and a random game both reach the end', () => {
    expect(playGame({ seed: 'end-g', bot: greedyBot }).G.result).not.toBeNull();
    expect(playGame({ seed: 'end-r', bot: randomBot, players: 3 }).G.result).not.toBeNull();
  });
});
