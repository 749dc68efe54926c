// The normal bot's judgement: lines shared between cards of the same value give the same
// values as lines worked out one by one; an option that pays later (a card that opens an
// alliance, an ally's economy or exposure, a public that may vote its government out) is
// worth something now, so such cards are played when they are the best use of an action.
import { describe, expect, it } from 'vitest';
import { legalActionsFor, type Action, type GState, type SeatId } from '../../src/game';
import { greedyBot } from '../../src/bots';
import { completeLines, midAction } from '../../src/bots/lines';
import { allianceHeadroom, allyStanding, evaluate } from '../../src/bots/evaluate';
import { act, branchRng, cloneState } from '../../src/bots/sim';
import { playGame } from '../../src/sim/play';
import { clone, startedGame } from '../helpers/builders';

/** Every line, worked out one by one. */
function naiveLines(G: GState, seat: SeatId, seed: string): { actions: Action[]; state: GState }[] {
  const out: { actions: Action[]; state: GState }[] = [];
  const grow = (state: GState, prefix: Action[]) => {
    for (const action of legalActionsFor(state, seat)) {
      if (action.move === 'back') continue;
      const next = cloneState(state);
      act(next, seat, action, branchRng(seed));
      if (midAction(next, seat)) grow(next, [...prefix, action]);
      else out.push({ actions: [...prefix, action], state: next });
    }
  };
  grow(G, []);
  return out;
}

describe('normal bot', () => {
  it('shares lines between cards of the same value without changing any line or its value', () => {
    const states: GState[] = [];
    playGame({
      seed: 'lines-shared', players: 6, bot: greedyBot,
      onAction: (G) => { if (G.step.kind === 'action' && !G.step.card && states.length < 12) states.push(clone(G)); },
    });
    expect(states.length).toBe(12);
    for (const G of states) {
      const seat = (G.step as { actor: SeatId }).actor;
      const fast = completeLines(G, seat, 'seed');
      const slow = naiveLines(G, seat, 'seed');
      expect(fast.map((l) => l.actions)).toEqual(slow.map((l) => l.actions));
      fast.forEach((l, i) => expect(evaluate(l.state, seat)).toBeCloseTo(evaluate((slow[i] as { state: GState }).state, seat), 12));
    }
  });

  it('values an alliance opened for later: Japan\'s information-security flag opens the AUKUS work with Japan', () => {
    const { G } = startedGame();
    G.alliances['A-AUKUS'] = { ...(G.alliances['A-AUKUS'] as GState['alliances'][string]), level: 1 };
    const before = allianceHeadroom(G);
    const H = clone(G);
    H.actors.JP?.flags.push('infoSecurity');
    expect(allianceHeadroom(H)).toBe(before + 2);
    expect(evaluate(H, 'JP')).toBeGreaterThan(evaluate(G, 'JP'));
  });

  it('values the allies\' economies, their exposure to China and a public that may turn', () => {
    const { G } = startedGame();
    const richer = clone(G);
    (richer.actors.PH as { economy: number }).economy += 1;
    expect(allyStanding(richer)).toBeGreaterThan(allyStanding(G));
    const exposed = clone(G);
    (exposed.actors.JP as { chinaTrade: number }).chinaTrade += 1;
    expect(allyStanding(exposed)).toBeLessThan(allyStanding(G));
    const restless = clone(G);
    (restless.actors.PH as { opinion: number }).opinion = 3;
    expect(allyStanding(restless)).toBeLessThan(allyStanding(G));
    expect(evaluate(restless, 'CN')).toBeGreaterThan(evaluate(G, 'CN'));
  });
});
