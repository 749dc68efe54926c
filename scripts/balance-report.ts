// npm run balance [-- --games N --ablation-games M --seed S --bot B --threads T --check-bot B2 --check-games K]
// Measures the balance by bot self-play and writes docs/balance.md with its SVG charts:
// every scenario's figures, the open-election scenario's targets and card ablation, and the
// article's self-help figure, stamped with the hash of the rules data.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_SCENARIO, RULES } from '../src/game';
import { BOTS } from '../src/bots';
import { splitBatch, type BatchSpec } from '../src/sim/batch';
import { defaultThreads, runBatches } from '../src/sim/parallel';
import { summarize, PLAYABLE_CARDS } from '../src/sim/stats';
import { compareAblation } from '../src/sim/ablation';
import { selfHelp } from '../src/sim/self-help';
import { rulesHash } from '../src/sim/rules-hash';
import { balanceReport } from '../src/sim/report';

const ROOT = new URL('../', import.meta.url).pathname;

const { values } = parseArgs({
  options: {
    games: { type: 'string', default: '2000' },
    'ablation-games': { type: 'string', default: '200' },
    seed: { type: 'string', default: 'balance' },
    bot: { type: 'string', default: 'normal' in BOTS ? 'normal' : 'greedy' },
    threads: { type: 'string', default: String(defaultThreads()) },
    'check-bot': { type: 'string' },
    'check-games': { type: 'string', default: '100' },
  },
});
const games = Number(values.games);
const ablationGames = Math.min(games, Number(values['ablation-games']));
const threads = Number(values.threads);
if (!BOTS[values.bot]) throw new Error(`unknown bot ${values.bot}; known: ${Object.keys(BOTS).join(', ')}`);

const started = performance.now();
const say = (line: string) => process.stderr.write(`${((performance.now() - started) / 1000).toFixed(0).padStart(5)} s  ${line}\n`);

const scenarioIds = Object.keys(RULES.scenarios);
const base = (scenario: string): BatchSpec => ({ scenario, seed: values.seed, from: 0, count: games, bot: values.bot });
const chunks = Math.max(1, threads) * 4;
const scenarios = [];
for (const id of scenarioIds) {
  say(`${id}: ${games} games`);
  scenarios.push({ id, records: (await runBatches(splitBatch(base(id), chunks), threads)).flat() });
}

const baseline = scenarios.find((s) => s.id === DEFAULT_SCENARIO)?.records ?? [];
const cards = ablationGames > 0 ? PLAYABLE_CARDS() : [];
say(`ablation: ${cards.length} cards × ${ablationGames} games`);
const without = await runBatches(cards.map((card) => ({ ...base(DEFAULT_SCENARIO), count: ablationGames, without: card })), threads);
const ablation = cards.map((card, i) => compareAblation(card, baseline, without[i] ?? []));

const checkBot = values['check-bot'];
const checkGames = Number(values['check-games']);
let check;
if (checkBot) {
  if (!BOTS[checkBot]) throw new Error(`unknown bot ${checkBot}`);
  say(`${DEFAULT_SCENARIO} with ${checkBot} bots: ${checkGames} games`);
  const spec = { ...base(DEFAULT_SCENARIO), count: checkGames, bot: checkBot };
  check = { bot: checkBot, summary: summarize((await runBatches(splitBatch(spec, chunks), threads)).flat()) };
}

const command = `npm run balance -- --games ${games} --ablation-games ${ablationGames} --seed ${values.seed} --bot ${values.bot}${checkBot ? ` --check-bot ${checkBot} --check-games ${checkGames}` : ''}`;
const report = balanceReport({
  command,
  seed: values.seed,
  bot: values.bot,
  hash: rulesHash(ROOT),
  target: DEFAULT_SCENARIO,
  scenarios: scenarios.map(({ id, records }) => ({ id, summary: summarize(records) })),
  ablation,
  ablationGames,
  selfHelp: scenarioIds.map(selfHelp),
  ...(check ? { check } : {}),
});
writeFileSync(`${ROOT}docs/balance.md`, report.markdown);
for (const [name, svg] of Object.entries(report.charts)) writeFileSync(`${ROOT}docs/${name}`, svg);
say(`wrote docs/balance.md and ${Object.keys(report.charts).join(', ')}`);
