// Determinization: the state a searching bot deals from its own view is one the seat cannot
// tell from the real game — every card in exactly one place, its own view and legal actions
// unchanged — while what it cannot see is dealt afresh by each generator.
import { describe, expect, it } from 'vitest';
import {
  SEATS, SeededRng, awaitedPlayers, legalActionsFor, playerView, seatsOf, type GState, type SeatId,
} from '../../src/game';
import { greedyBot } from '../../src/bots';
import { determinize } from '../../src/bots/determinize';
import { playGame } from '../../src/sim/play';
import { boundsProblems, cardProblems, clone } from '../helpers/builders';

/** Decision points of a few games of plain bots: several player counts, both scenarios, and
 *  every kind of step (actions, answers, crisis commitments, budgets). */
function decisionPoints(): GState[] {
  const states: GState[] = [];
  const games = [
    { seed: 'det-6', players: 6 },
    { seed: 'det-2', players: 2 },
    { seed: 'det-class', players: 4, scenario: 'class-election' },
  ];
  for (const g of games) {
    let n = 0;
    playGame({ ...g, bot: greedyBot, onAction: (G) => { if (!G.result && n++ % 7 === 0) states.push(clone(G)); } });
  }
  return states;
}

const STATES = decisionPoints();

function decider(G: GState): { player: string; seat: SeatId } {
  const player = awaitedPlayers(G)[0] as string;
  const seat = seatsOf(G, player).find((s) => legalActionsFor(G, s).length > 0) as SeatId;
  return { player, seat };
}

describe('determinize', () => {
  it('the sample covers every kind of decision', () => {
    const kinds = new Set(STATES.map((G) => G.step.kind));
    expect([...kinds].sort()).toEqual(['action', 'commit', 'consent', 'homeFront']);
  });

  it('deals a state that keeps every card in one place and every track in bounds', () => {
    const rng = new SeededRng('det');
    for (const G of STATES) {
      const { player, seat } = decider(G);
      const D = determinize(playerView(G, player), seat, rng);
      expect(cardProblems(D)).toEqual([]);
      expect(boundsProblems(D)).toEqual([]);
    }
  });

  it('the seat sees the same game in the dealt state and has the same legal actions', () => {
    const rng = new SeededRng('same-view');
    for (const G of STATES) {
      const { player, seat } = decider(G);
      const D = determinize(playerView(G, player), seat, rng);
      expect(playerView(D, player)).toEqual(playerView(G, player));
      expect(legalActionsFor(D, seat)).toEqual(legalActionsFor(G, seat));
      for (const s of SEATS) expect(D.hands[s].length).toBe(G.hands[s].length);
    }
  });

  it('two generators deal different hidden cards', () => {
    let differ = 0;
    for (const G of STATES) {
      const { player, seat } = decider(G);
      const view = playerView(G, player);
      const a = determinize(view, seat, new SeededRng('one'));
      const b = determinize(view, seat, new SeededRng('two'));
      const hidden = (D: GState) => JSON.stringify([SEATS.filter((s) => s !== seat).map((s) => D.hands[s]), D.decks.strategy, D.decks.regional]);
      if (hidden(a) !== hidden(b)) differ += 1;
    }
    expect(differ).toBe(STATES.length);
  });

  it('reads nothing hidden: a state with other hidden cards and agendas deals the same', () => {
    for (const G of STATES) {
      const { player, seat } = decider(G);
      const H = clone(G);
      const others = SEATS.filter((s) => s !== seat);
      const pool = others.flatMap((s) => H.hands[s]).concat(H.decks.strategy).reverse();
      for (const s of others) H.hands[s] = pool.splice(0, H.hands[s].length);
      H.decks.strategy = pool;
      H.decks.regional.reverse();
      for (const s of others) H.agendas[s] = null;
      const a = determinize(playerView(G, player), seat, new SeededRng('same'));
      const b = determinize(playerView(H, player), seat, new SeededRng('same'));
      expect(b).toEqual(a);
    }
  });

  it('a hidden fixed election is dealt, not read', () => {
    const G = STATES.find((s) => s.administration === 'undecided' && s.step.kind === 'action') as GState;
    const { player, seat } = decider(G);
    const results = new Set<string | null>();
    for (const fixed of ['americaFirst', 'continuity'] as const) {
      const H = { ...clone(G), hiddenElection: true, fixedElection: fixed };
      for (let i = 0; i < 20; i++) results.add(determinize(playerView(H, player), seat, new SeededRng(`e${i}`)).fixedElection);
    }
    expect([...results].sort()).toEqual(['americaFirst', 'continuity']);
  });
});
