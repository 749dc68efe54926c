// The three levels (easy, normal, hard) play whole games legally for every player count and
// both scenarios; normal beats easy; the hard bot keeps to its budget and never reads what its
// seat cannot see; proposals are answered with the reason the outcome supports.
import { describe, expect, it } from 'vitest';
import {
  SEATS, SeededRng, awaitedPlayers, legalActionsFor, playerView, seatsOf, type Action, type GState, type SeatId,
} from '../../src/game';
import { BOTS, greedyBot, normalBot, type Bot } from '../../src/bots';
import { createHardBot } from '../../src/bots/hard';
import { playGame } from '../../src/sim/play';
import { actionFor, clone, giveCards, play, playerOf, startedGame } from '../helpers/builders';

/** A hard bot on a tiny rollout budget and no clock: deterministic and quick. */
const quickHard = () => createHardBot({ rollouts: 3, candidates: 3, horizonRounds: 1 });

/** A bot that fails the test if it ever picks an action that is not legal. */
function checked(bot: Bot): Bot {
  return {
    name: bot.name,
    choose(view, seat, legal, rng) {
      const action = bot.choose(view, seat, legal, rng);
      expect(legal).toContainEqual(action);
      return action;
    },
  };
}

describe('bot levels', () => {
  it('BOTS offers the three levels by id', () => {
    expect(Object.keys(BOTS)).toEqual(expect.arrayContaining(['easy', 'normal', 'hard']));
    expect(BOTS.easy).toBe(greedyBot);
  });

  const games: { level: string; bot: () => Bot; players: number; scenario: string }[] = [
    ...[2, 3, 4, 5, 6].flatMap((players) => ['spring-2024', 'class-election'].map((scenario) => ({ level: 'easy', bot: () => greedyBot, players, scenario }))),
    { level: 'normal', bot: () => normalBot, players: 3, scenario: 'class-election' },
    { level: 'normal', bot: () => normalBot, players: 6, scenario: 'class-election' },
    { level: 'hard', bot: quickHard, players: 2, scenario: 'class-election' },
    { level: 'hard', bot: quickHard, players: 2, scenario: 'spring-2024' },
    { level: 'hard', bot: quickHard, players: 5, scenario: 'class-election' },
  ];
  for (const g of games) {
    it(`${g.level} plays a whole ${g.players}-player game of ${g.scenario} legally`, () => {
      const { G, actions } = playGame({ seed: `levels-${g.level}-${g.players}`, players: g.players, scenario: g.scenario, bot: checked(g.bot()) });
      expect(G.result).not.toBeNull();
      expect(actions.length).toBeGreaterThan(10);
    });
  }

  // Also normal's whole games of the full scenario: playGame refuses an illegal choice.
  it('normal wins clearly more often than easy as China, the other seats easy', () => {
    const wins = (bot: Bot) => Array.from({ length: 8 }, (_, i) => playGame({
      seed: `strength-${i}`, players: 6, bot: { ...Object.fromEntries(SEATS.map((s) => [s, greedyBot])), CN: bot },
    }).G.result?.winners.includes('CN')).filter(Boolean).length;
    expect(wins(normalBot)).toBeGreaterThanOrEqual(wins(greedyBot) + 3);
  });
});

/** Decision points of one plain game where the hard bot has a real choice to make. */
function choicePoints(count: number): GState[] {
  const states: GState[] = [];
  playGame({
    seed: 'hard-points', players: 6, bot: greedyBot,
    onAction: (G) => {
      const player = awaitedPlayers(G)[0];
      const seat = player === undefined ? undefined : seatsOf(G, player)[0];
      if (!G.result && seat && states.length < count && legalActionsFor(G, seat).filter((a) => a.move !== 'back').length > 2) states.push(clone(G));
    },
  });
  return states;
}

function decide(bot: Bot, G: GState, seed: string): Action {
  const player = awaitedPlayers(G)[0] as string;
  const seat = seatsOf(G, player).find((s) => legalActionsFor(G, s).length > 0) as SeatId;
  return bot.choose(playerView(G, player), seat, legalActionsFor(G, seat), new SeededRng(seed));
}

describe('hard', () => {
  const points = choicePoints(6);

  it('decides the same for the same view and generator, whatever the hidden cards', () => {
    for (const G of points) {
      const H = clone(G);
      const seat = seatsOf(G, awaitedPlayers(G)[0] as string)[0] as SeatId;
      const others = SEATS.filter((s) => s !== seat);
      const pool = others.flatMap((s) => H.hands[s]).concat(H.decks.strategy).reverse();
      for (const s of others) H.hands[s] = pool.splice(0, H.hands[s].length);
      H.decks.strategy = pool;
      expect(decide(quickHard(), H, 'same')).toEqual(decide(quickHard(), G, 'same'));
    }
  });

  it('with no time left it plays the one-ply judgement, the normal choice', () => {
    const clock = () => 0;
    for (const G of points.filter((s) => s.step.kind === 'action')) {
      expect(decide(createHardBot({ timeMs: 0, now: clock }), G, 'clock')).toEqual(decide(normalBot, G, 'clock'));
    }
  });

  it('stops its rollouts when the clock says the time is up', () => {
    let reads = 0;
    let rollouts = 0;
    const clock = () => { reads += 1; return reads * 100; };
    const G = points.find((s) => s.step.kind === 'action') as GState;
    decide(createHardBot({ timeMs: 450, now: clock, rollouts: 1000, candidates: 3, onSearch: (n) => { rollouts = n; } }), G, 'time');
    // one read at the start and one before each deal: four deals of the three candidates fit
    expect(reads).toBe(6);
    expect(rollouts).toBe(12);
  });

  it('follows the rest of the line it searched, step by step', () => {
    const bot = quickHard();
    const { G, rng } = startedGame({ seed: 'plan' });
    const steps: Action[] = [];
    while (G.step.kind === 'action' && G.step.actor === 'US' && steps.length < 6) {
      const action = decide(bot, G, `plan-${steps.length}`);
      steps.push(action);
      play(G, rng, 'US', action);
    }
    expect(steps[0]?.move).toBe('playCard');
    expect(G.step.kind === 'action' && G.step.actor === 'US').toBe(false);
  });
});

describe('answers', () => {
  /** Japan proposes the US–Japan–South Korea trilateral; America accepts; South Korea answers. */
  function koreaAnswers(agenda: string): Action {
    const { G, rng } = startedGame({ seed: 'answer' });
    G.agendas.KR = agenda;
    actionFor(G, 'JP');
    giveCards(G, 'JP', ['S02']);
    play(G, rng, 'JP', { move: 'playCard', args: ['S02'] }, { move: 'chooseMode', args: ['ops'] }, { move: 'chooseOp', args: ['alliance'] },
      { move: 'chooseTarget', args: ['A-USJPKR'] }, { move: 'chooseSweetener', args: ['none'] });
    play(G, rng, 'US', { move: 'answer', args: [true, 'deters-china'] });
    expect(G.step.kind === 'consent' && G.step.awaiting).toEqual(['KR']);
    return normalBot.choose(playerView(G, playerOf(G, 'KR')), 'KR', legalActionsFor(G, 'KR'), new SeededRng('a'));
  }

  it('a seat whose agenda needs the alliance accepts, citing its agenda', () => {
    expect(koreaAnswers('G-KR3')).toEqual({ move: 'answer', args: [true, 'agenda'] });
  });

  it('a seat hedging toward China refuses, citing its agenda', () => {
    expect(koreaAnswers('G-KR2')).toEqual({ move: 'answer', args: [false, 'agenda'] });
  });
});
