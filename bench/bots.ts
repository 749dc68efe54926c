// npm run bench:bots — how long each bot level takes to decide, on the pure rules path
// (NODE_ENV=production). Prints, per level, the decision time p50 / p99 / max over whole
// six-player games (easy, normal) or over decision points sampled from one (hard, with its
// real 0.8 s clock budget), and the hard bot's rollouts per second.
import { SEATS, SeededRng, awaitedPlayers, legalActionsFor, playerView, seatsOf, type GState, type SeatId } from '../src/game';
import { cloneJson } from '../src/game/json';
import { createHardBot, greedyBot, normalBot, type Bot } from '../src/bots';
import { playGame } from '../src/sim/play';

const now = () => performance.now();
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
};
const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(0));

function timed(bot: Bot, into: number[]): Bot {
  return {
    name: bot.name,
    choose(view, seat, legal, rng) {
      const t = now();
      const action = bot.choose(view, seat, legal, rng);
      into.push(now() - t);
      return action;
    },
  };
}

function report(level: string, ms: number[], note: string): void {
  console.log(`${level.padEnd(7)} p50 ${fmt(quantile(ms, 0.5)).padStart(6)} ms   p99 ${fmt(quantile(ms, 0.99)).padStart(6)} ms   max ${fmt(Math.max(...ms)).padStart(6)} ms   mean ${fmt(ms.reduce((s, x) => s + x, 0) / ms.length).padStart(6)} ms   (${ms.length} decisions; ${note})`);
}

/** Whole six-player games with this level in every seat. */
function wholeGames(level: string, bot: Bot, games: number): void {
  const ms: number[] = [];
  const t = now();
  for (let i = 0; i < games; i++) playGame({ seed: `bench-bots-${i}`, players: 6, bot: timed(bot, ms) });
  report(level, ms, `${games} six-player games, ${((now() - t) / 1000 / games).toFixed(2)} s a game`);
}

/** Decision points with a real choice, sampled along one game of normal bots. */
function choicePoints(count: number): GState[] {
  const all: GState[] = [];
  playGame({
    seed: 'bench-bots-points', players: 6, bot: normalBot,
    onAction: (G) => {
      const player = awaitedPlayers(G)[0];
      const seat = player === undefined ? undefined : seatsOf(G, player)[0];
      if (!G.result && seat && legalActionsFor(G, seat).filter((a) => a.move !== 'back').length > 1) all.push(cloneJson(G));
    },
  });
  const step = all.length / count;
  return Array.from({ length: count }, (_, i) => all[Math.floor(i * step)] as GState);
}

function hard(points: GState[]): void {
  const ms: number[] = [];
  let rollouts = 0;
  const bot = createHardBot({ timeMs: 800, now, onSearch: (n) => { rollouts += n; } });
  const rng = new SeededRng('bench-hard');
  for (const G of points) {
    const player = awaitedPlayers(G)[0] as string;
    const seat = seatsOf(G, player).find((s) => legalActionsFor(G, s).length > 0) as SeatId;
    const t = now();
    bot.choose(playerView(G, player), seat, legalActionsFor(G, seat), rng);
    ms.push(now() - t);
  }
  report('hard', ms, `decision points along a six-player game, 0.8 s budget`);
  const searchSeconds = ms.reduce((s, x) => s + x, 0) / 1000;
  console.log(`hard rollouts: ${rollouts} in ${searchSeconds.toFixed(1)} s of search = ${(rollouts / searchSeconds).toFixed(0)} rollouts/s (each to the end of the next round, on a fresh determinization)`);
}

function main(): void {
  console.log(`Hub & Spokes bot benchmark (NODE_ENV=${process.env.NODE_ENV ?? 'unset'}, node ${process.version}, ${SEATS.length} seats)`);
  const games = Number(process.argv[2] ?? 3);
  playGame({ seed: 'warm-up', players: 6, bot: normalBot });
  wholeGames('easy', greedyBot, games * 10);
  wholeGames('normal', normalBot, games);
  hard(choicePoints(40));
}

main();
