// npm run simulate -- --games N --seed S [--players K] [--scenario X] [--bot greedy|random] [--json] [--verbose]
// Plays N whole games with bots in every seat on the pure rules path and reports.
import { parseArgs } from 'node:util';
import { RULES, dateOf } from '../game';
import { BOTS } from '../bots';
import { playGame } from '../sim/play';
import { formatSummary, summarize } from '../sim/stats';
import { tellStory } from '../sim/story';

const HELP = `Usage: npm run simulate -- [options]
  --games N       games to play (default 100)
  --seed S        seed of the first game; game i uses S-i (default "1")
  --players K     players 2..6; seats beyond K are played by the engine's autopilot (default 6)
  --scenario X    scenario id (${Object.keys(RULES.scenarios).join(', ')})
  --bot B         bot in every player seat: ${Object.keys(BOTS).join(', ')} (default greedy)
  --json          print one JSON object
  --verbose       print the story of each game
  --help          this text`;

function fail(message: string): never {
  process.stderr.write(`simulate: ${message}\n\n${HELP}\n`);
  process.exit(2);
}

function main(): void {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        games: { type: 'string', default: '100' },
        seed: { type: 'string', default: '1' },
        players: { type: 'string', default: '6' },
        scenario: { type: 'string' },
        bot: { type: 'string', default: 'greedy' },
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

  const started = performance.now();
  const finals = [];
  for (let i = 0; i < games; i++) {
    const seed = games === 1 ? values.seed : `${values.seed}-${i}`;
    const { G } = playGame({ seed, players, bot, ...(values.scenario ? { scenario: values.scenario } : {}) });
    finals.push(G);
    if (values.verbose) process.stdout.write(`${tellStory(G)}\n\n`);
    if (!values.json && games >= 200 && (i + 1) % 100 === 0) process.stderr.write(`  ${i + 1}/${games} games\r`);
  }
  const seconds = (performance.now() - started) / 1000;
  const summary = summarize(finals);
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ seed: values.seed, players, scenario: values.scenario ?? 'spring-2024', bot: bot.name, seconds, ...summary })}\n`);
  } else {
    const last = finals[finals.length - 1];
    process.stdout.write(`${formatSummary(summary, `Hub & Spokes — ${games} game(s), seed ${values.seed}, ${players} players, ${bot.name} bots, ${seconds.toFixed(2)} s${last ? `, last game ended ${dateOf(last.round)}` : ''}`)}\n`);
  }
}

main();
