// npm run bench:server — the game server under load (NODE_ENV=production). Runs the server in
// a child process (its CPU and memory measured apart from the load) and N concurrent six-seat
// matches against it over loopback, each seat a socket of its own playing random legal moves
// from its own state, one move every 2 s per match; half the matches start fresh, half from a
// late-game position. The same load runs against plain boardgame.io on the same game (whole
// state to every seat, no deltas, no guard) in the same invocation, so the ratio holds on a
// noisy machine; then ours again at the large count.
//   --matches N (500)  --large N (1000; 0 skips)  --seconds S measured (30)  --warmup S (5)
//   --own-session runs each server in a session of its own (see Child.start)
//   --plain 0 skips plain boardgame.io   --profile DIR writes each server's CPU profile of the measured window there
//   --workers N runs ours as a primary and N worker processes (WORKERS=N; default 1: one process)
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { SeededRng } from '../src/game';
import type { BenchMatch } from './server/fixtures';
import type { Request, Usage } from './server/child';
import { MatchLoad, SLOW_MS, Samples, type Stage } from './server/load';
import { SeatSocket } from './server/seat-socket';

const PACE_MS = 2000;
const STAGES: Stage[] = ['early', 'late'];
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const opts = { matches: arg('matches', 500), large: arg('large', 1000), seconds: arg('seconds', 30), warmup: arg('warmup', 5), plain: arg('plain', 1), workers: arg('workers', 1) };
const ownSession = process.argv.includes('--own-session');
const profileDir = process.argv.includes('--profile') ? process.argv[process.argv.indexOf('--profile') + 1] : undefined;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

class Child {
  private next = 0;
  private readonly waiting = new Map<number, (reply: Record<string, unknown>) => void>();
  private constructor(private readonly proc: ChildProcess, readonly port: number) {
    proc.on('message', (m: { id: number }) => this.waiting.get(m.id)?.(m as never));
  }

  static start(mode: 'ours' | 'plain'): Promise<Child> {
    const proc = fork(fileURLToPath(new URL('./server/child.ts', import.meta.url)), {
      execArgv: ['--import', 'tsx'], env: { ...process.env, MODE: mode, WORKERS: String(mode === 'ours' ? opts.workers : 1), ...(profileDir ? { PROFILE_DIR: profileDir } : {}) }, stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      // --own-session: the server in a session of its own, as a service would run; with Linux's
      // sched_autogroup each session shares the CPU as one, whatever its processes' nice values
      detached: ownSession,
    });
    return new Promise((resolve, reject) => {
      proc.once('exit', (code) => reject(new Error(`the ${mode} server exited (${code})`)));
      proc.once('message', (m: { ready: number }) => resolve(new Child(proc, m.ready)));
    });
  }

  ask<T>(command: Request): Promise<T> {
    const id = this.next++;
    return new Promise((resolve) => {
      this.waiting.set(id, (reply) => { this.waiting.delete(id); resolve(reply as T); });
      this.proc.send({ ...command, id });
    });
  }

  stop(): void {
    this.proc.removeAllListeners('exit');
    this.proc.disconnect();
  }
}

interface Result {
  label: string; matches: number; seconds: number; moves: number; lost: number;
  roundTrip: Record<Stage, number[]>; updateBytes: Record<Stage, number[]>; reconnectBytes: Record<Stage, number[]>;
  byRound: Samples['byRound']; slow: Samples['slow'];
  cpuPerMoveMs: number; cpuShare: number; rss: number; peakRss: number; loadShare: number; server: Usage;
}

async function run(mode: 'ours' | 'plain', count: number): Promise<Result> {
  const label = `${mode === 'ours' ? `ours${opts.workers > 1 ? ` (${opts.workers} workers)` : ''}` : 'plain boardgame.io'} @ ${count}`;
  process.stdout.write(`\n${label}: starting the server, creating ${count} matches…`);
  const child = await Child.start(mode);
  const samples = new Samples();
  const rng = new SeededRng(`bench-${mode}-${count}`);
  const loads: MatchLoad[] = [];
  const create = async (stage: Stage, n: number) => (await child.ask<{ matches: BenchMatch[] }>({ cmd: 'create', count: n, late: stage === 'late' })).matches;
  const open = async (stage: Stage, matches: BenchMatch[]) => {
    for (let i = 0; i < matches.length; i += 50) {
      const batch = matches.slice(i, i + 50).map((m) => new MatchLoad(child.port, m, stage, samples, rng));
      await Promise.all(batch.map((l) => l.connect()));
      loads.push(...batch);
    }
  };
  for (const stage of STAGES) await open(stage, await create(stage, Math.ceil(count / 2)));
  process.stdout.write(` ${loads.length * 6} sockets synced; playing…`);
  for (const l of loads) l.start(PACE_MS);
  // A match that ends gives way to a new one at the same stage.
  let replacing = false;
  const refill = setInterval(async () => {
    if (replacing) return;
    replacing = true;
    for (const stage of STAGES) {
      const done = loads.filter((l) => l.over && l.stage === stage);
      if (!done.length) continue;
      for (const l of done) { l.stop(); loads.splice(loads.indexOf(l), 1); }
      const fresh = await create(stage, done.length);
      const before = loads.length;
      await open(stage, fresh);
      for (const l of loads.slice(before)) l.start(PACE_MS);
    }
    replacing = false;
  }, 1000);

  await sleep(opts.warmup * 1000);
  const u0 = await child.ask<{ usage: Usage }>({ cmd: 'usage' });
  const load0 = process.cpuUsage();
  const t0 = performance.now();
  samples.recording = true;
  await sleep(opts.seconds * 1000);
  samples.recording = false;
  const seconds = (performance.now() - t0) / 1000;
  const load = process.cpuUsage(load0);
  const u1 = await child.ask<{ usage: Usage }>({ cmd: 'usage' });
  clearInterval(refill);
  for (const l of loads) l.stop();

  // A reconnect: a fresh socket syncs to a seat of a running match.
  const reconnectBytes: Record<Stage, number[]> = { early: [], late: [] };
  for (const stage of STAGES) {
    for (const l of loads.filter((x) => x.stage === stage).slice(0, 12)) {
      const seat = l.seats[reconnectBytes[stage].length % 6] as SeatSocket;
      const again = new SeatSocket(child.port, seat.matchID, seat.playerID, seat.credentials, () => undefined);
      await again.connect();
      reconnectBytes[stage].push(again.syncBytes);
      again.close();
    }
  }
  child.stop();
  const cpu = (u1.usage.cpuMicros - u0.usage.cpuMicros) / 1000;
  process.stdout.write(` done.\n`);
  return {
    label, matches: count, seconds, moves: samples.moves, lost: samples.lost,
    roundTrip: samples.roundTrips, updateBytes: samples.updateBytes, reconnectBytes, byRound: samples.byRound, slow: samples.slow,
    cpuPerMoveMs: cpu / Math.max(1, samples.moves), cpuShare: cpu / 1000 / seconds, rss: u1.usage.rss, peakRss: u1.usage.peakRss,
    loadShare: (load.user + load.system) / 1e6 / seconds, server: u1.usage,
  };
}

const pct = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number) : NaN;
};
const all = (r: Record<Stage, number[]>) => [...r.early, ...r.late];
const ms = (x: number) => x.toFixed(x < 10 ? 2 : 1);
const kb = (x: number) => (x < 1024 ? `${x} B` : `${(x / 1024).toFixed(1)} KiB`);
const mb = (x: number | null) => (x === null || Number.isNaN(x) ? 'n/a' : `${(x / 2 ** 20).toFixed(0)} MiB`);

function table(results: Result[]): string {
  const rows: [string, (r: Result) => string][] = [
    ['moves/s', (r) => (r.moves / r.seconds).toFixed(0) + (r.lost ? ` (${r.lost} unanswered)` : '')],
    ['round trip p50 / p99', (r) => `${ms(pct(all(r.roundTrip), 50))} / ${ms(pct(all(r.roundTrip), 99))} ms`],
    ['  fresh matches p50 / p99', (r) => `${ms(pct(r.roundTrip.early, 50))} / ${ms(pct(r.roundTrip.early, 99))} ms`],
    ['  late matches p50 / p99', (r) => `${ms(pct(r.roundTrip.late, 50))} / ${ms(pct(r.roundTrip.late, 99))} ms`],
    ['server CPU per move', (r) => `${ms(r.cpuPerMoveMs)} ms (${(r.cpuShare * 100).toFixed(0)}% of a core)`],
    ['server event loop delay p99 / max', (r) => `${ms(r.server.loopDelayP99Ms)} / ${ms(r.server.loopDelayMaxMs)} ms`],
    ['server GC pauses: longest / total', (r) => `${ms(r.server.gcMaxMs)} / ${ms(r.server.gcTotalMs)} ms`],
    ['load generator CPU', (r) => `${(r.loadShare * 100).toFixed(0)}% of a core`],
    ['server RSS (peak), JS heap used', (r) => `${mb(r.rss)} (${mb(r.peakRss)}), ${mb(r.server.heapUsed)}`],
    ['bytes/update/seat p50 / p99 / max', (r) => `${kb(pct(all(r.updateBytes), 50))} / ${kb(pct(all(r.updateBytes), 99))} / ${kb(Math.max(...all(r.updateBytes)))}`],
    ['  fresh matches', (r) => `${kb(pct(r.updateBytes.early, 50))} / ${kb(pct(r.updateBytes.early, 99))} / ${kb(Math.max(...r.updateBytes.early))}`],
    ['  late matches', (r) => `${kb(pct(r.updateBytes.late, 50))} / ${kb(pct(r.updateBytes.late, 99))} / ${kb(Math.max(...r.updateBytes.late))}`],
    ['reconnect bytes, fresh / late (max)', (r) => `${kb(Math.max(...r.reconnectBytes.early))} / ${kb(Math.max(...r.reconnectBytes.late))}`],
  ];
  const width = Math.max(...rows.map(([name]) => name.length)) + 2;
  const cols = results.map((r) => Math.max(r.label.length, ...rows.map(([, f]) => f(r).length)) + 3);
  const line = (name: string, cells: string[]) => name.padEnd(width) + cells.map((c, i) => c.padEnd(cols[i] as number)).join('');
  return [line('', results.map((r) => r.label)), ...rows.map(([name, f]) => line(name, results.map(f)))].join('\n');
}

/** How bytes and round trips change over a match's length: one line per round of the game. */
function byRound(r: Result): string {
  const lines = [`${r.label}, by the round the match is in:`, '  round   updates   bytes/update/seat p50 / p99 / max   round trip p50 / p99'];
  for (const [round, s] of [...r.byRound].sort((a, b) => a[0] - b[0])) {
    lines.push(`  ${String(round).padStart(5)}   ${String(s.bytes.length).padStart(7)}   ${`${kb(pct(s.bytes, 50))} / ${kb(pct(s.bytes, 99))} / ${kb(Math.max(...s.bytes))}`.padEnd(33)}`
      + `${ms(pct(s.roundTrips, 50))} / ${ms(pct(s.roundTrips, 99))} ms`);
  }
  const slow = [...r.slow].sort((a, b) => b[1] - a[1]);
  lines.push(`  moves answered after more than ${SLOW_MS / 1000} s: ${slow.length ? slow.map(([k, n]) => `${k} ${n}`).join(', ') : 'none'}`);
  return lines.join('\n');
}

const results: Result[] = [];
results.push(await run('ours', opts.matches));
if (opts.plain) results.push(await run('plain', opts.matches));
if (opts.large > 0) results.push(await run('ours', opts.large));
const [ours, plain] = results as [Result, Result | undefined];
process.stdout.write(`\nHub & Spokes server, ${opts.seconds} s measured after ${opts.warmup} s of warm-up; six seats per match, one move every ${PACE_MS / 1000} s per match; `
  + `half the matches fresh, half from rounds 7, 8 and 9 of greedy games (spring-2024). Load generator and server share this machine's cores.`
  + `${opts.workers > 1 ? ` With workers: CPU, memory, heaps and GC time of all the server's processes together; the event loop delay and longest GC pause of the worst worker.` : ''}\n\n`);
process.stdout.write(`${table(results)}\n\n`);
for (const r of results) process.stdout.write(`${byRound(r)}\n\n`);
if (plain?.label.startsWith('plain')) process.stdout.write(`ours / plain at ${opts.matches} matches: server CPU per move ${(ours.cpuPerMoveMs / plain.cpuPerMoveMs).toFixed(2)}×, `
  + `bytes per update per seat (p50) ${(pct(all(ours.updateBytes), 50) / pct(all(plain.updateBytes), 50)).toFixed(3)}×, `
  + `reconnect (late, max) ${(Math.max(...ours.reconnectBytes.late) / Math.max(...plain.reconnectBytes.late)).toFixed(2)}×\n`);
process.exit(0);
