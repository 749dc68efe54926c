// The scenarios (issue #3): spring 2024 is the full nine-round game with an open election; the
// class scenario starts at the election, seats six and fits a 90-minute lesson in four rounds
// of two action rounds. Each file says its length, its seats and what it teaches, and every
// scenario plays to its end with bots, the invariants holding after every action.
import { describe, expect, it } from 'vitest';
import { RULES, SEATS, SeededRng, applyAction, createInitialState } from '../../src/game';
import { BOTS } from '../../src/bots';
import { nextDecision, playGame } from '../../src/sim/play';
import { boundsProblems, cardProblems } from '../helpers/builders';

const scenarios = Object.values(RULES.scenarios);

describe('the scenarios', () => {
  it('spring-2024 is the full game: nine rounds from round 1, three action rounds, an open election at the end of round 3', () => {
    expect(RULES.scenarios['spring-2024']).toMatchObject({ rounds: 9, firstRound: 1, actionRounds: 3, electionRound: 3, election: 'open', administration: 'undecided' });
  });

  it('class-election starts at the election (round 3, decided at its end) and plays four rounds of two action rounds with an open result', () => {
    const s = RULES.scenarios['class-election']!;
    expect(s).toMatchObject({ firstRound: 3, electionRound: 3, rounds: 4, actionRounds: 2, election: 'open', administration: 'undecided' });
    expect(s.firstRound + s.rounds - 1).toBeLessThanOrEqual(9);
  });

  it('every scenario file says its length, its seats and what it teaches', () => {
    for (const s of scenarios) {
      expect(s.description, s.id).toMatch(/round/);
      expect(s.description, s.id).toMatch(/six seats/);
      expect(s.description, s.id).toMatch(/minute|hour/);
      expect(s.teaches.length, s.id).toBeGreaterThan(80);
    }
    expect(RULES.scenarios['class-election']!.description).toMatch(/90-minute/);
  });

  it('the class game is short: at most 4 × 2 × 7 = 56 actions in the Actions phases, against 189 in the full game', () => {
    const actions = (id: string) => RULES.scenarios[id]!.rounds * RULES.scenarios[id]!.actionRounds * 7;
    expect(actions('class-election')).toBe(56);
    expect(actions('spring-2024')).toBe(189);
  });

  for (const s of scenarios) {
    it(`${s.id}: games of greedy bots with 6 and 2 players run to the end, within the scenario's rounds`, () => {
      for (const players of [6, 2]) {
        for (let i = 0; i < 5; i++) {
          const { G } = playGame({ seed: `content-${s.id}-${players}-${i}`, players, bot: BOTS.greedy!, scenario: s.id });
          expect(G.result, `${s.id} ${players}p #${i}`).not.toBeNull();
          expect(G.round).toBeGreaterThanOrEqual(s.firstRound);
          expect(G.round).toBeLessThanOrEqual(s.firstRound + s.rounds - 1);
          if (G.result!.reason === 'final-order') expect(G.administration).not.toBe('undecided');
        }
      }
    });

    it(`${s.id}: random legal play keeps every card in exactly one place and every track in bounds, after every action`, () => {
      for (let i = 0; i < 6; i++) {
        const players = 2 + (i % 5);
        const G = createInitialState(players, { scenario: s.id });
        const rng = new SeededRng(`content-random-${s.id}-${i}`);
        const botRng = new SeededRng(`content-random-${s.id}-${i}/bots`);
        let n = 0;
        while (!G.result) {
          const d = nextDecision(G, () => BOTS.random!, botRng);
          if (!d) throw new Error(`${s.id}: nobody to move at ${G.step.kind}`);
          expect(applyAction(G, d.player, d.action, rng)).toBe(true);
          const problems = [...cardProblems(G), ...boundsProblems(G)];
          if (problems.length) throw new Error(`${s.id} game ${i} after ${n} actions: ${problems.join('; ')}`);
          if (++n > 5000) throw new Error(`${s.id} game ${i} does not end`);
        }
        expect(SEATS.every((seat) => G.result!.ranking.includes(seat))).toBe(true);
      }
    });
  }
});
