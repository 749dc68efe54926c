// The same seed and the same moves give the same game (GAME.md, "Must hold at all times").
import { describe, expect, it } from 'vitest';
import { SeededRng, applyAction, createInitialState, type GState } from '../../src/game';
import { playGame, type Decision } from '../../src/sim/play';
import { greedyBot, randomBot, type Bot } from '../../src/bots';
import { canonicalJson, clone } from '../helpers/builders';

const CASES: { seed: string; players: number; bot: Bot | Partial<Record<string, Bot>> }[] = [
  { seed: 'det-1', players: 2, bot: randomBot },
  { seed: 'det-2', players: 3, bot: randomBot },
  { seed: 'det-3', players: 4, bot: greedyBot },
  { seed: 'det-4', players: 5, bot: randomBot },
  { seed: 'det-5', players: 6, bot: randomBot },
  { seed: 'det-6', players: 6, bot: greedyBot },
  { seed: 'det-7', players: 6, bot: { US: greedyBot, CN: randomBot, JP: randomBot, KR: greedyBot, AU: randomBot, PH: greedyBot } },
  { seed: '', players: 2, bot: greedyBot },
  { seed: 'ünïcødé ☃ seed', players: 3, bot: randomBot },
];

/** Replays recorded decisions on a fresh state with a fresh generator for the seed. With
 *  `viaJson`, G goes through JSON between actions (as boardgame.io stores and sends it). */
function replay(seed: string, players: number, actions: Decision[], viaJson = false): GState {
  let G = createInitialState(players);
  const rng = new SeededRng(seed);
  for (const [i, d] of actions.entries()) {
    if (viaJson) G = clone(G);
    if (!applyAction(G, d.player, d.action, rng)) throw new Error(`replay: action ${i} ${JSON.stringify(d.action)} refused`);
  }
  return G;
}

describe('determinism', () => {
  for (const c of CASES) {
    const name = `seed ${JSON.stringify(c.seed)}, ${c.players} players`;
    it(`${name}: the same seed and bots give the same game twice`, () => {
      const a = playGame({ seed: c.seed, players: c.players, bot: c.bot as Bot });
      const b = playGame({ seed: c.seed, players: c.players, bot: c.bot as Bot });
      expect(a.G.result).not.toBeNull();
      expect(JSON.stringify(b.actions)).toBe(JSON.stringify(a.actions));
      expect(canonicalJson(b.G)).toBe(canonicalJson(a.G));
    });

    it(`${name}: replaying the recorded actions on a fresh state gives the same state`, () => {
      const { G, actions } = playGame({ seed: c.seed, players: c.players, bot: c.bot as Bot });
      expect(canonicalJson(replay(c.seed, c.players, actions))).toBe(canonicalJson(G));
      // G holds plain JSON only: round-tripping it between moves changes nothing.
      expect(canonicalJson(replay(c.seed, c.players, actions, true))).toBe(canonicalJson(G));
    });
  }

  it('replaying a prefix gives the state the game had at that point', () => {
    const seed = 'det-prefix';
    const snapshots: string[] = [];
    const { actions } = playGame({ seed, players: 4, bot: randomBot, onAction: (G) => snapshots.push(canonicalJson(G)) });
    for (const k of [1, 2, 10, Math.floor(actions.length / 2), actions.length - 1]) {
      expect(canonicalJson(replay(seed, 4, actions.slice(0, k)))).toBe(snapshots[k - 1]);
    }
  });

  it('the game depends on the seed (different seeds, different shuffles)', () => {
    const deals = ['det-a', 'det-b', 'det-c', 'det-d'].map((seed) => {
      const G = createInitialState(6);
      applyAction(G, '0', { move: 'begin', args: [] }, new SeededRng(seed));
      return JSON.stringify([G.hands, G.agendas, G.decks.strategy]);
    });
    expect(new Set(deals).size).toBe(deals.length);
  });

  it('the bots\' generator does not touch the game\'s: the same moves replay under another bot seed', () => {
    const a = playGame({ seed: 'det-bots', players: 3, bot: randomBot, botSeed: 'one' });
    const b = playGame({ seed: 'det-bots', players: 3, bot: randomBot, botSeed: 'two' });
    expect(JSON.stringify(a.actions)).not.toBe(JSON.stringify(b.actions));
    expect(canonicalJson(replay('det-bots', 3, b.actions))).toBe(canonicalJson(b.G));
  });
});
