// npm run bench — engine speed (NODE_ENV=production). Prints, from one run:
//  - moves/s of random-legal self-play through boardgame.io's headless Client, and of a trivial
//    reference game through the same path (the ratio holds on a noisy machine);
//  - per-move cost over the first and the last tenth of a game;
//  - whole games per second of the simulator on the pure path (one core).
import { Client } from 'boardgame.io/client';
import type { Game } from 'boardgame.io';
import { HubAndSpokes, legalActions, awaitedPlayers, SeededRng, type GState } from '../src/game';
import { playGame } from '../src/sim/play';
import { randomBot, greedyBot } from '../src/bots';

const now = () => performance.now();

function bgioGame(seed: string, players: number): { moves: number; ms: number; perMove: number[] } {
  const client = Client({ game: { ...HubAndSpokes, seed }, numPlayers: players });
  client.start();
  const rng = new SeededRng(`${seed}/bench`);
  const perMove: number[] = [];
  const t0 = now();
  for (;;) {
    const publicState = client.getState();
    if (!publicState || publicState.ctx.gameover) break;
    // Who moves is public; what they may do is computed on their own view.
    const player = awaitedPlayers(publicState.G as GState)[0];
    if (player === undefined) break;
    client.updatePlayerID(player);
    const G = client.getState()?.G as GState;
    const legal = legalActions(G, player);
    const a = legal[Math.floor(rng.number() * legal.length)];
    if (!a) break;
    const t = now();
    (client.moves[a.move] as (...args: unknown[]) => void)(...a.args);
    perMove.push(now() - t);
  }
  client.stop();
  return { moves: perMove.length, ms: now() - t0, perMove };
}

/** A trivial reference game: one counter, one move, through the same headless Client. */
const Trivial: Game<{ n: number }> = {
  setup: () => ({ n: 0 }),
  moves: { inc: { move: ({ G }) => { G.n += 1; }, client: false } },
  turn: { activePlayers: { all: 'play' } },
};

function trivialRate(moves: number): number {
  const client = Client({ game: Trivial, numPlayers: 2, playerID: '0' });
  client.start();
  const t = now();
  for (let i = 0; i < moves; i++) client.moves.inc!();
  const ms = now() - t;
  client.stop();
  return moves / (ms / 1000);
}

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);

function main(): void {
  console.log(`Hub & Spokes engine benchmark (NODE_ENV=${process.env.NODE_ENV ?? 'unset'}, node ${process.version})`);
  // boardgame.io path
  bgioGame('warm-up', 6);
  trivialRate(2000);
  const runs = Array.from({ length: 20 }, (_, i) => bgioGame(`bench-${i}`, 6));
  const moves = runs.reduce((s, r) => s + r.moves, 0);
  const moveMs = runs.reduce((s, r) => s + r.perMove.reduce((a, b) => a + b, 0), 0);
  const rate = moves / (moveMs / 1000);
  const trivial = trivialRate(10000);
  console.log(`boardgame.io headless Client, random-legal self-play: ${rate.toFixed(0)} moves/s (${moves} moves in ${runs.length} games; time inside the move calls)`);
  console.log(`trivial reference game, same path:                  ${trivial.toFixed(0)} moves/s`);
  console.log(`ratio (per-move cost, ours / trivial):               ${(trivial / rate).toFixed(2)}× (target ≤ 3×)`);
  const first = mean(runs.flatMap((r) => r.perMove.slice(0, Math.ceil(r.perMove.length / 10))));
  const last = mean(runs.flatMap((r) => r.perMove.slice(-Math.ceil(r.perMove.length / 10))));
  console.log(`per move, first tenth of a game: ${(first * 1000).toFixed(0)} µs; last tenth: ${(last * 1000).toFixed(0)} µs; ratio ${(last / first).toFixed(2)} (target ≤ 1.3)`);
  if (process.argv.includes('--bgio-only')) return;
  // pure path
  for (const bot of [randomBot, greedyBot]) {
    const n = 1000;
    const t = now();
    let actions = 0;
    for (let i = 0; i < n; i++) actions += playGame({ seed: `pure-${i}`, players: 6, bot }).actions.length;
    const s = (now() - t) / 1000;
    console.log(`pure path, ${bot.name} bots: ${n} games in ${s.toFixed(1)} s = ${(n / s).toFixed(0)} games/s, ${(actions / s).toFixed(0)} actions/s (target: 1,000 games < 60 s)`);
  }
}

main();
