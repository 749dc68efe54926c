// npm run simulate -- --games N --seed S [--players K] [--scenario X] [--bot B] [--threads T] [--json] [--verbose]
// Plays N whole games with bots in every seat on the pure rules path and reports.
import { parseArgs } from 'node:util';
import { RULES, DEFAULT_SCENARIO } from '../game';
import { BOTS } from '../bots';
import { playGame } from '../sim/play';
import { recordOf, type GameRecord } from '../sim/record';
import { seedOf, splitBatch } from '../sim/batch';
import { defaultThreads, runBatches } from '../sim/parallel';
import { formatSummary, summarize } from '../sim/stats';
import { tellStory } from '../sim/story';

const HELP = `Usage: npm run simulate -- [options]
  --games N       games to play (default 100)
  --seed S        game i (from 0) uses the seed S-i (default "1")
  --players K     players 2..6; seats beyond K are played by the engine's autopilot (default 6)
  --scenario X    scenario id (${Object.keys(RULES.scenarios).join(', ')})
  --bot B         bot in every player seat: ${Object.keys(BOTS).join(', ')} (default greedy)
  --threads T     worker threads (default: one per core; 1 plays in this process)
  --json          print one JSON object
  --verbose       print the story of each game
  --help          this text`;

function fail(message: string): never {
  process.stderr.write(`simulate: ${message}\n\n${HELP}\n`);
  process.exit(2);
}

/** Plays the games here, one after another, telling each story as it ends. */
function playVerbose(games: number, seed: string, players: number, scenario: string, botName: string): GameRecord[] {
  const bot = BOTS[botName] as NonNullable<(typeof BOTS)[string]>;
  return Array.from({ length: games }, (_, i) => {
    const gameSeed = seedOf(seed, i);
    const { G } = playGame({ seed: gameSeed, players, bot, scenario });
    process.stdout.write(`${tellStory(G)}\n\n`);
    return recordOf(G, gameSeed);
  });
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        games: { type: 'string', default: '100' },
        seed: { type: 'string', default: '1' },
        players: { type: 'string', default: '6' },
        scenario: { type: 'string' },
        bot: { type: 'string', default: 'greedy' },
        threads: { type: 'string', default: String(defaultThreads()) },
        json: { type: 'boolean', default: false },
        verbose: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (e) {
    fail((e as Error).message);
  }
  if (values.help) { process.stdout.write(`${HELP}\n`); return; }
  const games = Number(values.games);
  const players = Number(values.players);
  if (!Number.isInteger(games) || games < 1) fail(`--games must be a whole number of at least 1, not "${values.games}"`);
  if (!Number.isInteger(players) || players < 2 || players > 6) fail(`--players must be 2..6, not "${values.players}"`);
  if (values.scenario && !RULES.scenarios[values.scenario]) fail(`unknown scenario "${values.scenario}"`);
  const bot = BOTS[values.bot];
  if (!bot) fail(`unknown bot "${values.bot}"`);

  const threads = Number(values.threads);
  if (!Number.isInteger(threads) || threads < 1) fail(`--threads must be a whole number of at least 1, not "${values.threads}"`);
  const scenario = values.scenario ?? DEFAULT_SCENARIO;

  const started = performance.now();
  const records = values.verbose
    ? playVerbose(games, values.seed, players, scenario, values.bot)
    : (await runBatches(splitBatch({ scenario, seed: values.seed, from: 0, count: games, bot: values.bot, players }, threads * 4), threads)).flat();
  const seconds = (performance.now() - started) / 1000;
  const summary = summarize(records);
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ seed: values.seed, players, scenario, bot: bot.name, seconds, ...summary })}\n`);
  } else {
    process.stdout.write(`${formatSummary(summary, `Hub & Spokes — ${games} game(s), seed ${values.seed}, ${players} players, scenario ${scenario}, ${bot.name} bots, ${seconds.toFixed(2)} s`)}\n`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`simulate: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
