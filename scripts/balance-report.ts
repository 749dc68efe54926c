// npm run balance [-- --games N --scenario-games ID=N,... --ablation-games M --ablation-cards all|ID,ID,...[,all] --seed S --bot B --threads T --check-bot B2 --check-games K]
// Measures the balance by bot self-play and writes docs/balance.md with its SVG charts:
// every scenario's figures, the open-election scenario's targets and card ablation, and the
// article's self-help figure, stamped with the hash of the rules data.
//
// Every batch of games is kept in docs/balance-data (committed: a measurement too long for one
// session goes on in the next) under a hash of the rules data and the
// source of the engine, bots and simulator, so a long measurement can be made in parts (the
// tables first, then the ablation a few cards at a time) and each run writes the report from
// everything measured so far; cards not yet ablated are listed with the command that finishes.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_SCENARIO, RULES } from '../src/game';
import { BOTS } from '../src/bots';
import { splitBatch, type BatchSpec } from '../src/sim/batch';
import { defaultThreads, runBatches } from '../src/sim/parallel';
import { summarize, PLAYABLE_CARDS } from '../src/sim/stats';
import { compareAblation } from '../src/sim/ablation';
import { MIN_SCENARIO_GAMES } from '../src/sim/targets';
import { selfHelp } from '../src/sim/self-help';
import { rulesHash } from '../src/sim/rules-hash';
import { balanceReport } from '../src/sim/report';
import { codeHash, diskCache, dropOtherHashes } from '../src/sim/cache';
import type { GameRecord } from '../src/sim/record';

const ROOT = new URL('../', import.meta.url).pathname;

const { values } = parseArgs({
  options: {
    games: { type: 'string', default: '2000' },
    /** a different game count for some scenarios, e.g. class-election=1000 */
    'scenario-games': { type: 'string', default: '' },
    'ablation-games': { type: 'string', default: '200' },
    'ablation-cards': { type: 'string', default: 'all' },
    seed: { type: 'string', default: 'balance' },
    bot: { type: 'string', default: 'normal' },
    threads: { type: 'string', default: String(defaultThreads()) },
    'check-bot': { type: 'string' },
    'check-games': { type: 'string', default: '100' },
    'no-cache': { type: 'boolean', default: false },
  },
});
const games = Number(values.games);
const ablationGames = Math.min(games, Number(values['ablation-games']));
const threads = Number(values.threads);
if (!BOTS[values.bot]) throw new Error(`unknown bot ${values.bot}; known: ${Object.keys(BOTS).join(', ')}`);

const started = performance.now();
const say = (line: string) => process.stderr.write(`${((performance.now() - started) / 1000).toFixed(0).padStart(5)} s  ${line}\n`);

const CACHE_DIR = `${ROOT}docs/balance-data`;
const CODE = codeHash(ROOT);
dropOtherHashes(CACHE_DIR, CODE);
const cache = values['no-cache'] ? undefined : diskCache(CACHE_DIR, CODE);

/** Runs the batches not in the cache (keeping each as soon as it is in) and returns them all. */
async function run(specs: BatchSpec[]): Promise<GameRecord[][]> {
  const out: (GameRecord[] | undefined)[] = specs.map((s) => cache?.get(s));
  const missing = specs.map((s, i) => (out[i] ? -1 : i)).filter((i) => i >= 0);
  if (missing.length) {
    await runBatches(missing.map((i) => specs[i] as BatchSpec), threads, (k, records) => {
      const i = missing[k] as number;
      out[i] = records;
      cache?.put(specs[i] as BatchSpec, records);
    });
  }
  return out as GameRecord[][];
}

const scenarioIds = Object.keys(RULES.scenarios);
const gamesOf: Record<string, number> = Object.fromEntries(values['scenario-games'].split(',').filter(Boolean).map((kv) => {
  const [id, n] = kv.split('=');
  if (!id || !RULES.scenarios[id] || !Number.isInteger(Number(n)) || Number(n) < 1) throw new Error(`--scenario-games takes ID=N,…, not ${kv}`);
  return [id, Number(n)];
}));
const base = (scenario: string): BatchSpec => ({ scenario, seed: values.seed, from: 0, count: gamesOf[scenario] ?? games, bot: values.bot });
/** Batches of at most 25 games: small enough to keep on disk as they finish. */
const chunked = (spec: BatchSpec) => splitBatch(spec, Math.max(1, Math.ceil(spec.count / 25)));
const scenarios = [];
for (const id of scenarioIds) {
  say(`${id}: ${base(id).count} games`);
  scenarios.push({ id, records: (await run(chunked(base(id)))).flat() });
}

const baseline = scenarios.find((s) => s.id === DEFAULT_SCENARIO)?.records ?? [];
const allCards = ablationGames > 0 ? PLAYABLE_CARDS() : [];
// Cards are measured in the order asked ("all" stands for every card not named before it, so
// `S23,N-US1,all` measures those two first); cards measured by an earlier run (in the cache)
// are reported too.
const asked = values['ablation-cards'].split(',').filter(Boolean);
const unknown = asked.filter((c) => c !== 'all' && c !== 'none' && !allCards.includes(c));
if (unknown.length) throw new Error(`--ablation-cards: not a playable card: ${unknown.join(', ')}`);
const named = asked.filter((c) => allCards.includes(c));
const wanted = asked.includes('all') ? [...named, ...allCards.filter((c) => !named.includes(c))] : named;
const inCache = (card: string) => chunked({ ...base(DEFAULT_SCENARIO), count: ablationGames, without: card }).every((s) => cache?.get(s));
const measured = [...wanted, ...allCards.filter((card) => !wanted.includes(card) && inCache(card))];
say(`ablation: ${measured.length} of ${allCards.length} cards × ${ablationGames} games`);
const ablation = [];
for (const card of measured) {
  const without = (await run(chunked({ ...base(DEFAULT_SCENARIO), count: ablationGames, without: card }))).flat();
  ablation.push(compareAblation(card, baseline, without));
  say(`  ${card}`);
}
const pending = allCards.filter((c) => !measured.includes(c));

const checkBot = values['check-bot'];
const checkGames = Number(values['check-games']);
let check;
if (checkBot) {
  if (!BOTS[checkBot]) throw new Error(`unknown bot ${checkBot}`);
  say(`${DEFAULT_SCENARIO} with ${checkBot} bots: ${checkGames} games`);
  const spec = { ...base(DEFAULT_SCENARIO), count: checkGames, bot: checkBot };
  check = { bot: checkBot, summary: summarize((await run(chunked(spec))).flat()) };
}

const sameGames = `--ablation-games ${ablationGames} --seed ${values.seed} --bot ${values.bot}`;
const options = `--games ${games}${values['scenario-games'] ? ` --scenario-games ${values['scenario-games']}` : ''} ${sameGames}${checkBot ? ` --check-bot ${checkBot} --check-games ${checkGames}` : ''}`;
const finishOptions = `--games ${Math.max(games, MIN_SCENARIO_GAMES)} ${sameGames}`;
const command = `npm run balance -- ${options}${pending.length ? ` --ablation-cards ${measured.join(',') || 'none'}` : ''}`;
const report = balanceReport({
  command,
  seed: values.seed,
  bot: values.bot,
  hash: rulesHash(ROOT),
  target: DEFAULT_SCENARIO,
  scenarios: scenarios.map(({ id, records }) => ({ id, summary: summarize(records) })),
  ablation,
  ablationGames,
  ablationPending: pending,
  // what finishes the measurement the issue asks for: every scenario on its full count, every card
  finishCommand: `nice -n 19 npm run balance -- ${finishOptions} --ablation-cards all`,
  selfHelp: scenarioIds.map(selfHelp),
  ...(check ? { check } : {}),
});
writeFileSync(`${ROOT}docs/balance.md`, report.markdown);
for (const [name, svg] of Object.entries(report.charts)) writeFileSync(`${ROOT}docs/${name}`, svg);
say(`wrote docs/balance.md and ${Object.keys(report.charts).join(', ')} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
