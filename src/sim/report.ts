// docs/balance.md and its charts, written from measured data only (scripts/balance-report.ts
// measures; this file lays out).
import { RULES } from '../game';
import { formatRate, type Rate } from './interval';
import { ABLATION_LIMIT, type AblationResult } from './ablation';
import { barChart, type Bar } from './svg';
import { checkTargets, fewerGames } from './targets';
import type { SelfHelp } from './self-help';
import { STAMP_PREFIX } from './rules-hash';
import type { Summary } from './stats';

export interface BalanceData {
  command: string;
  seed: string;
  bot: string;
  hash: string;
  /** the open-election scenario whose targets are checked and whose cards are ablated */
  target: string;
  scenarios: { id: string; summary: Summary }[];
  ablation: AblationResult[];
  ablationGames: number;
  /** playable cards whose ablation is not measured yet, and the command that measures them */
  ablationPending?: string[];
  finishCommand?: string;
  selfHelp: SelfHelp[];
  /** a smaller sample of the target scenario with another (slower) bot */
  check?: { bot: string; summary: Summary };
}

export interface ReportFiles {
  markdown: string;
  /** file name under docs/ → SVG text */
  charts: Record<string, string>;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const points = (x: number) => `${x >= 0 ? '+' : ''}${(100 * x).toFixed(1)}`;
const nameOf = (id: string) => RULES.strategy[id]?.name ?? RULES.national[id]?.name ?? id;
const CHINA = '#d7263d';
const NETWORK = '#2b5cab';

function winsChart(data: BalanceData): string {
  const bars: Bar[] = [];
  const bar = (label: string, r: Rate | undefined, colour: string) => { if (r) bars.push({ label, value: r.p, lo: r.lo, hi: r.hi, colour }); };
  for (const { id, summary } of data.scenarios) {
    bar(`${id}: China wins`, summary.chinaWins, CHINA);
    bar(`  under America First`, summary.chinaWinsUnder.americaFirst, '#e57373');
    bar(`  under continuity`, summary.chinaWinsUnder.continuity, '#e57373');
    bar(`  America First elected`, summary.elections.undecided === summary.games ? undefined : summary.americaFirst, NETWORK);
    bar(`  immediate victory`, summary.immediate, '#888');
  }
  return barChart({ title: `Win rates with 95% intervals (${data.bot} bots)`, bars, min: 0, max: 1, band: { from: 0.35, to: 0.55, label: 'China 35–55%' } });
}

function ablationChart(data: BalanceData): string {
  const sorted = [...data.ablation].sort((a, b) => a.change.mean - b.change.mean);
  const bars: Bar[] = sorted.map((a) => ({
    label: `${a.card} (${a.side})`, value: a.change.mean, lo: a.change.lo, hi: a.change.hi,
    colour: a.side === 'china' ? CHINA : a.side === 'network' ? NETWORK : '#888',
  }));
  const span = Math.max(0.2, ...sorted.map((a) => Math.max(Math.abs(a.change.lo), Math.abs(a.change.hi))));
  return barChart({
    title: `Change in the helped side's win rate with the card removed (${data.ablationGames} paired games each)`,
    bars, min: -span, max: span,
    lines: [{ at: -ABLATION_LIMIT, label: '−10' }, { at: ABLATION_LIMIT, label: '+10' }],
  });
}

function scenarioSection(id: string, s: Summary): string[] {
  const scenario = RULES.scenarios[id];
  const rows = Object.entries(s.cards).sort((a, b) => a[0].localeCompare(b[0], 'en', { numeric: true }));
  return [
    `### ${scenario?.name ?? id} (\`${id}\`), ${s.games} games${fewerGames(s.games)}`,
    '',
    '| figure | value (95% interval) |',
    '|---|---|',
    `| China wins | ${formatRate(s.chinaWins)} |`,
    ...(['americaFirst', 'continuity'] as const).map((adm) => {
      const r = s.chinaWinsUnder[adm];
      return `| China wins under ${adm} | ${r ? `${formatRate(r)}, ${r.n} games` : 'no games'} |`;
    }),
    `| America First elected | ${formatRate(s.americaFirst)} (${s.elections.americaFirst} : ${s.elections.continuity}) |`,
    `| immediate victory | ${formatRate(s.immediate)} |`,
    `| how games end | ${Object.entries(s.reasons).sort().map(([k, v]) => `${k} ${pct(v / s.games)}`).join(', ')} |`,
    `| crises a game | ${s.crisesPerGame.toFixed(2)}; the network wins ${formatRate(s.crisesWonByNetwork)} |`,
    `| crises by theatre | ${Object.entries(s.crisesByTheatre).sort().map(([k, v]) => `${k} ${(v / s.games).toFixed(2)}`).join(', ') || 'none'} |`,
    `| rounds played | ${s.averageRounds.toFixed(2)} on average |`,
    '',
    '<details><summary>Cards: share of games in which each is played (any way, for its event, for operations)</summary>',
    '',
    '| card | name | played | event | ops |',
    '|---|---|---|---|---|',
    ...rows.map(([card, u]) => `| ${card} | ${nameOf(card)} | ${pct(u.any.p)} | ${pct(u.event.p)} | ${pct(u.ops.p)} |`),
    '',
    '</details>',
    '',
  ];
}

function selfHelpSection(figures: SelfHelp[]): string[] {
  const first = figures[0];
  if (!first) return [];
  return [
    '## The article\'s test: the allies without America',
    '',
    `The allies' combined GDP is ${pct(first.powerRatio)} of China's (\`alliesPowerRatio\`, F45), and at the start of every`,
    'scenario the network\'s deterrence falls without America in every theatre (`test/balance/article.test.ts`).',
    'The figure below is how much of China\'s pressure, summed over the theatres, the network matches',
    '(each theatre counted up to its pressure: a surplus in one theatre does not hold another) — at the',
    'start, and with every self-help option taken (`src/sim/self-help.ts`): every ally raises its budget',
    'at every home front while opinion or economy can pay, builds to its force cap where the gap is',
    'widest, every alliance that joins two allies stands at its highest level, every theatre is exercised,',
    'and South Korea takes its own deterrent with the tension it raises. China\'s side is left as it starts.',
    '',
    '| scenario | with America, start | without America, start | without America, every self-help option | gap to parity closed | budget points paid (opinion/economy) |',
    '|---|---|---|---|---|---|',
    ...figures.map((f) => `| ${f.scenario} | ${pct(f.start.withAmericaRatio)} | ${pct(f.start.aloneRatio)} | ${pct(f.selfHelp.aloneRatio)} | ${pct(f.gapClosed)} | ${f.budgetCost} |`),
    '',
    `Theatre by theatre (${first.scenario}): pressure, deterrence with America / without / without after self-help:`,
    '',
    '| theatre | pressure | with America | without | without, self-help (pressure then) |',
    '|---|---|---|---|---|',
    ...first.start.theatres.map((t, i) => {
      const after = first.selfHelp.theatres[i];
      return `| ${t.theatre} | ${t.pressure} | ${t.withAmerica} | ${t.withoutAmerica} | ${after?.withoutAmerica} (${after?.pressure}) |`;
    }),
    '',
    'Spokes without a hub come closer but still do not balance China (F46).',
    '',
  ];
}

function pendingLines(data: BalanceData): string[] {
  const pending = data.ablationPending ?? [];
  if (!pending.length) return [];
  return [
    `**Not measured yet: ${pending.length} of ${pending.length + data.ablation.length} cards** (${pending.join(', ')}). The games`,
    'measured so far are kept in `docs/balance-data`, so this command plays only the missing ones',
    'and writes the whole report again:',
    '',
    '```sh',
    data.finishCommand ?? '',
    '```',
    '',
  ];
}

/** The half-width of a 95% interval of paired win/loss differences when the two games of a pair
 *  are as good as independent (the worst case): a guide to what a game count can judge. */
const worstHalfWidth = (n: number) => 1.96 * Math.sqrt(0.5 / Math.max(1, n));

function ablationSection(data: BalanceData): string[] {
  if (data.ablation.length === 0) return pendingLines(data).length ? [`## Ablation (${data.target})`, '', ...pendingLines(data)] : [];
  const sorted = [...data.ablation].sort((a, b) => Math.abs(b.change.mean) - Math.abs(a.change.mean));
  return [
    `## Ablation (${data.target})`,
    '',
    ...pendingLines(data),
    `Each card measured is taken out of ${data.ablationGames} games (seeds 0–${data.ablationGames - 1} of the`,
    'baseline, so each game is paired with the same seed played with the card). The card is removed after',
    'the first deal and a card in a hand is replaced from the top of the deck, so the rest of the deal',
    'stays the same (common random numbers). The side a card helps is its `side` (strategy cards) or its',
    'owner\'s side (national cards); for a neutral card the change is China\'s. Change = win rate without',
    'the card − with it, in points, with a 95% interval of the paired differences; flagged beyond',
    `±${Math.round(100 * ABLATION_LIMIT)} points. US-politics and regional cards are not played by a seat and are not ablated.`,
    `With ${data.ablationGames} pairs the interval's half-width is at most ${(100 * worstHalfWidth(data.ablationGames)).toFixed(1)} points (two games of a pair as good`,
    'as independent, win rates near 50%); a card whose change and interval both lie inside ±10 is judged',
    'within the target, one whose change lies outside is flagged.',
    '',
    '![ablation](balance-ablation.svg)',
    '',
    '| card | name | helps | with | without | change (95% interval) | flag |',
    '|---|---|---|---|---|---|---|',
    ...sorted.map((a) => `| ${a.card} | ${nameOf(a.card)} | ${a.side} | ${pct(a.withCard)} | ${pct(a.withoutCard)} | ${points(a.change.mean)} (${points(a.change.lo)} to ${points(a.change.hi)}) | ${Math.abs(a.change.mean) > ABLATION_LIMIT ? '**over**' : ''} |`),
    '',
  ];
}

function checkSection(data: BalanceData): string[] {
  if (!data.check) return [];
  const s = data.check.summary;
  return [
    `The same targets with \`${data.check.bot}\` bots in every seat, on a smaller sample of ${s.games} games (seeds \`${data.seed}-0\`…; no ablation):`,
    '',
    '| target | observed | met |',
    '|---|---|---|',
    ...checkTargets(s, []).slice(0, -1).map((c) => `| ${c.target} | ${c.observed} | ${c.met ? 'yes' : '**no**'} |`),
    '',
    `China wins ${formatRate(s.chinaWins)} with \`${data.check.bot}\` bots; immediate victory ${formatRate(s.immediate)}.`,
    '',
  ];
}

export function balanceReport(data: BalanceData): ReportFiles {
  const target = data.scenarios.find((s) => s.id === data.target);
  const checks = target ? checkTargets(target.summary, data.ablation, data.ablationPending?.length ?? 0) : [];
  const markdown = [
    '# Balance, measured',
    '',
    'Generated by `scripts/balance-report.ts` from bot self-play on the pure rules path; do not edit by',
    'hand. A test fails when the rules data changes and this report is not generated again.',
    '',
    `- command: \`${data.command}\``,
    `- seed: \`${data.seed}\` (game i of a scenario uses the seed \`${data.seed}-i\`)`,
    `- bots: \`${data.bot}\` in every seat`,
    `- ${STAMP_PREFIX}${data.hash}`,
    '',
    `## Targets (${data.target})`,
    '',
    '| target | observed | met |',
    '|---|---|---|',
    ...checks.map((c) => `| ${c.target} | ${c.observed} | ${c.met ? 'yes' : '**no**'} |`),
    '',
    ...checkSection(data),
    '![win rates](balance-wins.svg)',
    '',
    '## By scenario',
    '',
    ...data.scenarios.flatMap(({ id, summary }) => scenarioSection(id, summary)),
    ...ablationSection(data),
    ...selfHelpSection(data.selfHelp),
  ].join('\n');
  const charts: Record<string, string> = { 'balance-wins.svg': winsChart(data) };
  if (data.ablation.length) charts['balance-ablation.svg'] = ablationChart(data);
  return { markdown, charts };
}
