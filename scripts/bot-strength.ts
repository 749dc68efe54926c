// npm run bots:report -- [--games N] [--hard-games H] [--easy-games E] [--seed S] [--rollouts R] [--seats US,CN] [--scenario X] [--out docs/bots.md]
// How strong each bot level is, measured: for one seat at a time, the same seeded games are
// played with that seat at two levels while every other seat keeps one fixed level — hard
// against normal (the others normal), normal against easy (the others easy). A win is the seat
// sharing the game's win. Each seat is measured in its own process (the machine's cores are
// used side by side). Writes docs/bots.md with 95% Wilson intervals and, as the rows share their
// seeds, the interval of the paired differences, which decides whether two levels are separated.
// Games are kept in docs/bots-data in parts of 25 (committed), so a report longer than a session
// goes on in the next. Not run in CI.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { RULES, SEATS, type SeatId } from '../src/game';
import { greedyBot, normalBot, type Bot } from '../src/bots';
import { createHardBot } from '../src/bots/hard';
import { playGame } from '../src/sim/play';
import { codeHash, dropOtherHashes } from '../src/sim/cache';

const { values } = parseArgs({
  options: {
    games: { type: 'string', default: '100' },
    /** games of the two arms against normal bots (hard, normal), and of the two against easy */
    'hard-games': { type: 'string' },
    'easy-games': { type: 'string' },
    seed: { type: 'string', default: 'strength' },
    rollouts: { type: 'string', default: '16' },
    seats: { type: 'string', default: 'US,CN' },
    scenario: { type: 'string', default: 'spring-2024' },
    out: { type: 'string', default: 'docs/bots.md' },
    /** internal: measure this one seat and print its arms as JSON */
    worker: { type: 'string' },
  },
});
const games = Number(values.games);
const hardGames = Number(values['hard-games'] ?? values.games);
const easyGames = Number(values['easy-games'] ?? values.games);
const rollouts = Number(values.rollouts);
const seats = values.seats.split(',') as SeatId[];
for (const n of [games, easyGames]) if (!Number.isInteger(n) || n < 1) throw new Error(`game counts must be whole numbers, not ${n}`);
if (!Number.isInteger(hardGames) || hardGames < 0) throw new Error(`--hard-games must be a whole number (0: the arms against normal bots are not played), not ${hardGames}`);
if (!Number.isInteger(rollouts) || rollouts < 1) throw new Error(`--rollouts must be a whole number, not ${values.rollouts}`);
if (seats.some((s) => !(SEATS as readonly string[]).includes(s))) throw new Error(`--seats takes seat ids from ${SEATS.join(', ')}`);
if (!RULES.scenarios[values.scenario]) throw new Error(`unknown scenario ${values.scenario}`);

/** 95% Wilson score interval of a proportion. */
function wilson(wins: number, n: number, z = 1.96): [number, number] {
  if (n === 0) return [0, 1];
  const p = wins / n;
  const denom = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denom;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

interface Arm { level: string; wins: number; games: number; decisionMs: number[]; /** game i won (same seeds in every arm) */ won?: boolean[] }

// Each arm's games are kept in parts of PART games, under their description and a hash of the
// rules and the code (the hard bot's search included); parts of other code are removed.
const ROOT = new URL('../', import.meta.url).pathname;
const CODE = createHash('sha256').update(codeHash(ROOT)).update(readFileSync(`${ROOT}src/bots/hard.ts`)).digest('hex').slice(0, 16);
const DATA_DIR = `${ROOT}docs/bots-data`;
const PART = 25;
const partFile = (seat: SeatId, level: string, others: string, from: number, count: number) =>
  `${DATA_DIR}/${CODE}/${[values.scenario, values.seed, seat, level, others, level === 'hard' ? rollouts : 0, from, count].join('-')}.json`;

/** Plays the seeded games with `seat` at one level and every other seat at `others`. */
function playArm(seat: SeatId, level: string, bot: Bot, others: Bot, games: number): Arm {
  const arm: Arm = { level, wins: 0, games: 0, decisionMs: [], won: [] };
  for (let from = 0; from < games; from += PART) {
    const count = Math.min(PART, games - from);
    const file = partFile(seat, level, others === greedyBot ? 'easy' : 'normal', from, count);
    let part: Arm;
    if (existsSync(file)) part = JSON.parse(readFileSync(file, 'utf8')) as Arm;
    else {
      part = playGames(seat, level, bot, others, from, count);
      mkdirSync(file.slice(0, file.lastIndexOf('/')), { recursive: true });
      // decision times to the hundredth of a millisecond: the parts are committed
      writeFileSync(file, JSON.stringify({ ...part, decisionMs: part.decisionMs.map((t) => Math.round(t * 100) / 100) }));
    }
    arm.wins += part.wins;
    arm.games += part.games;
    arm.decisionMs.push(...part.decisionMs);
    arm.won?.push(...(part.won ?? []));
  }
  return arm;
}

/** Games `from` to `from + count - 1` of an arm. */
function playGames(seat: SeatId, level: string, bot: Bot, others: Bot, from: number, count: number): Arm {
  const arm: Arm = { level, wins: 0, games: count, decisionMs: [], won: [] };
  const timed: Bot = {
    name: bot.name,
    choose(view, s, legal, rng) {
      const t = performance.now();
      const action = bot.choose(view, s, legal, rng);
      arm.decisionMs.push(performance.now() - t);
      return action;
    },
  };
  const perSeat = Object.fromEntries(SEATS.map((s) => [s, s === seat ? timed : others])) as Record<SeatId, Bot>;
  for (let i = from; i < from + count; i++) {
    const { G } = playGame({ seed: `${values.seed}-${i}`, players: 6, scenario: values.scenario, bot: perSeat });
    const won = !!G.result?.winners.includes(seat);
    if (won) arm.wins += 1;
    arm.won?.push(won);
    process.stderr.write(`  ${seat} ${level}: game ${i + 1}\r`);
  }
  process.stderr.write('\n');
  return arm;
}

/** The four arms of one seat: hard and normal against normal, normal and easy against easy. */
function measureSeat(seat: SeatId): Arm[] {
  const hard = createHardBot({ rollouts });
  const skipped = (level: string): Arm => ({ level, wins: 0, games: 0, decisionMs: [] });
  return [
    hardGames ? playArm(seat, 'hard', hard, normalBot, hardGames) : skipped('hard'),
    hardGames ? playArm(seat, 'normal', normalBot, normalBot, hardGames) : skipped('normal'),
    playArm(seat, 'normal', normalBot, greedyBot, easyGames),
    playArm(seat, 'easy', greedyBot, greedyBot, easyGames),
  ];
}

/** Runs this script for one seat in a child process and reads its arms back. */
function measureInChild(seat: SeatId): Promise<Arm[]> {
  const args = [...process.execArgv, process.argv[1] as string, ...process.argv.slice(2), '--worker', seat];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => { out += chunk.toString(); });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out) as Arm[]) : reject(new Error(`${seat}: exit ${code}`))));
  });
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
};

function row(seat: SeatId, others: string, a: Arm): string {
  if (a.games === 0) return `| ${seat} | ${a.level} | ${others} | not played in this run | | | | |`;
  const [lo, hi] = wilson(a.wins, a.games);
  return `| ${seat} | ${a.level} | ${others} | ${a.games} | ${a.wins} | ${pct(a.wins / a.games)} | ${pct(lo)} – ${pct(hi)} | ${quantile(a.decisionMs, 0.5).toFixed(2)} / ${quantile(a.decisionMs, 0.99).toFixed(0)} |`;
}

/** The same seeds in both arms: the mean of the paired differences with its 95% interval. */
function paired(a: Arm, b: Arm): { n: number; mean: number; lo: number; hi: number } | undefined {
  const n = Math.min(a.won?.length ?? 0, b.won?.length ?? 0);
  if (n < 2 || !a.won || !b.won) return undefined;
  const d = Array.from({ length: n }, (_, i) => Number(a.won?.[i]) - Number(b.won?.[i]));
  const mean = d.reduce((s, x) => s + x, 0) / n;
  const sd = Math.sqrt(d.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1));
  const half = (1.96 * sd) / Math.sqrt(n);
  return { n, mean, lo: mean - half, hi: mean + half };
}

/** Two levels are separated when the interval of their paired differences excludes 0: the rows
 *  share their seeds, so that interval is narrower than two Wilson intervals side by side. */
function verdict(stronger: Arm, weaker: Arm): string {
  if (!stronger.games || !weaker.games) return `${stronger.level} − ${weaker.level}: not measured in this run`;
  const [lo] = wilson(stronger.wins, stronger.games);
  const [, hi] = wilson(weaker.wins, weaker.games);
  const diff = (stronger.wins / stronger.games - weaker.wins / weaker.games) * 100;
  const f = (x: number) => `${x >= 0 ? '+' : ''}${(100 * x).toFixed(1)}`;
  const p = paired(stronger, weaker);
  const wilsons = lo > hi ? 'the Wilson intervals do not overlap' : 'the Wilson intervals overlap';
  if (!p) return `${stronger.level} − ${weaker.level}: ${f(diff / 100)} points; ${wilsons}`;
  const separated = p.lo > 0 ? '**separated**' : p.hi < 0 ? '**separated, the other way**' : 'not separated yet: more games are needed';
  return `${stronger.level} − ${weaker.level}: ${f(p.mean)} points, paired over the same ${p.n} seeds 95% interval ${f(p.lo)} to ${f(p.hi)}: ${separated} (${wilsons})`;
}

function section(seat: SeatId, [hardArm, normalVsNormal, normalVsEasy, easyArm]: Arm[]): string {
  return [
    `### ${seat}`,
    '',
    '| seat | level | other seats | games | wins | win rate | 95% CI (Wilson) | decision ms p50 / p99 |',
    '|---|---|---|---|---|---|---|---|',
    row(seat, 'normal', hardArm as Arm),
    row(seat, 'normal', normalVsNormal as Arm),
    row(seat, 'easy', normalVsEasy as Arm),
    row(seat, 'easy', easyArm as Arm),
    '',
    `- ${verdict(hardArm as Arm, normalVsNormal as Arm)} (the others normal)`,
    `- ${verdict(normalVsEasy as Arm, easyArm as Arm)} (the others easy)`,
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const started = performance.now();
  dropOtherHashes(DATA_DIR, CODE);
  const measured = await Promise.all(seats.map((seat) => measureInChild(seat)));
  const sections = seats.map((seat, i) => section(seat, measured[i] as Arm[]));
  const minutes = (performance.now() - started) / 60_000;
  const command = `npm run bots:report -- --games ${games}${values['hard-games'] ? ` --hard-games ${hardGames}` : ''}${values['easy-games'] ? ` --easy-games ${easyGames}` : ''} --seed ${values.seed} --rollouts ${rollouts} --seats ${seats.join(',')} --scenario ${values.scenario}`;

  const report = `# Bot strength

Generated by \`scripts/bot-strength.ts\`; do not edit by hand. Regenerate with

\`\`\`sh
${command}
\`\`\`

## The levels

- **easy** — the greedy heuristic (the engine's autopilot, \`src/game/autopilot.ts\`), run on the
  seat's own view.
- **normal** (\`src/bots/normal.ts\`) — one ply of lookahead: on a state determinized from the
  seat's view (\`src/bots/determinize.ts\`), every way to finish the current action (each card for
  its event or its operations, national cards, each operation, target and sweetener) is played
  out on the pure rules path, a proposal it makes answered by the other members, and the
  result evaluated for the seat (\`src/bots/evaluate.ts\`: the side's chance from the order track
  and where deterrence against pressure is taking it — with what pays only later: force cap
  not yet used, alliance levels still open, the allies' economies, their trade exposure to
  China and a public that may vote its government out — times, for a network seat, how close
  its secret agenda is to holding). The line judged best is followed through the later steps
  of the same action. Crisis commitments and budgets are judged over a few throws of the dice;
  a proposal is answered by playing it out both ways, with the reason the outcome supports.
- **hard** (\`src/bots/hard.ts\`) — Monte-Carlo search: the eight best candidates of the
  normal judgement; each rollout deals afresh what the seat cannot see, plays the candidate and
  rolls the game on by the easy policy to the end of the next round, where it is evaluated;
  sequential halving spends the budget (the candidates rolled out on the same deals, the worse
  half dropped, again), and the one-ply judgement counts as three rollouts in each candidate's
  mean. In play it uses about 240 rollouts and never more than 0.8 s a decision; **for this
  report its budget is ${rollouts} rollouts a decision** so that the games fit in the time.

## Method

Six players, scenario \`${values.scenario}\`, ${hardGames ? `${hardGames} games in each row against normal bots and ` : ''}${easyGames} in each
row against easy bots${hardGames ? '' : ` (the rows against normal bots were not played in this run: \`--hard-games 96\` plays them, some 40 minutes of one core with the hard bot at ${rollouts} rollouts)`}, game *i* seeded
\`${values.seed}-i\` in every row (the rows differ only by the bots). For each seat measured, the
seat is played at one level and the five others at a fixed level: hard and normal each against
five normal bots, normal and easy each against five easy bots. A win is the seat sharing the
game's win (for a network seat: the network wins and its agenda holds; for China: China wins).
The interval in each row is the 95% Wilson score interval. Two levels are separated when the 95%
interval of the paired differences (game *i* of one row against game *i* of the other) excludes 0.
Decision times are this machine's, with the other seats' bots running in the same process. Total
time of this run: ${minutes.toFixed(0)} minutes (games already played with the same code, rules
and seeds are read back from \`docs/bots-data\`, in parts of ${PART}).

## Results

${sections.join('\n')}`;

  writeFileSync(values.out, report);
  process.stdout.write(report);
}

// A worker measures one seat and hands its arms back on stdout (the process ends when it is
// written out); the parent writes the report.
if (values.worker) process.stdout.write(JSON.stringify(measureSeat(values.worker as SeatId)));
else await main();
