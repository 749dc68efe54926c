// The server under test, in its own process so that its CPU and memory are measured apart
// from the load generator. MODE=ours runs startServer (per-seat deltas, paged log, guard);
// MODE=plain runs boardgame.io's defaults on the same game and storage: its own socket
// transport, the game's plain playerView (whole state, every log page, to every seat), no
// deltas, no guard. Commands arrive over IPC: create matches, report usage.
import { mkdtempSync, readFileSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { Session } from 'node:inspector/promises';
import { Server } from 'boardgame.io/server';
import { ProcessGameConfig } from 'boardgame.io/internal';
import { HubAndSpokes } from '../../src/game';
import { startServer } from '../../src/server/server';
import { startCluster } from '../../src/server/cluster/primary';
import { takeVitals, type ProcessVitals } from '../../src/server/vitals';
import { servedGame } from '../../src/server/served-game';
import { SqliteStorage } from '../../src/server/storage/sqlite';
import { latePositions, stampMatch, type LatePosition } from './fixtures';

export type Request = { cmd: 'create'; count: number; late: boolean } | { cmd: 'usage' };
export type Command = Request & { id: number };
export interface Usage {
  cpuMicros: number; rss: number; peakRss: number; heapUsed: number;
  /** since the last report: the event loop's delay p99 and max, and the longest GC pause (ms) */
  loopDelayP99Ms: number; loopDelayMaxMs: number; gcMaxMs: number; gcTotalMs: number;
}

const mode = process.env.MODE === 'plain' ? 'plain' : 'ours';
/** WORKERS > 1: ours as a primary and that many worker processes (src/server/cluster) */
const workers = Math.max(1, Number(process.env.WORKERS ?? 1));
let workerPids: () => number[] = () => [];
let workerVitals: () => Promise<Array<ProcessVitals | undefined>> = async () => [];
const root = mkdtempSync(join(tmpdir(), `hs-bench-${mode}-`));

async function start(): Promise<{ port: number; storage: SqliteStorage; game: ReturnType<typeof servedGame> }> {
  if (mode === 'ours') {
    mkdirSync(join(root, 'client'));
    writeFileSync(join(root, 'client', 'index.html'), '<!doctype html>');
    const config = { host: '127.0.0.1', port: 0, dataDir: join(root, 'data'), clientDir: join(root, 'client') };
    if (workers > 1) {
      const cluster = await startCluster(config, workers);
      workerPids = cluster.pids;
      workerVitals = cluster.vitals;
      return { port: cluster.port, storage: cluster.storage, game: servedGame() };
    }
    const server = await startServer(config);
    return { port: server.port, storage: server.storage, game: servedGame() };
  }
  const storage = new SqliteStorage(join(root, 'matches.db'));
  const server = Server({ games: [HubAndSpokes], db: storage, origins: [/^http:\/\/127\.0\.0\.1(:\d+)?$/] });
  const { appServer } = await server.run({ port: 0 });
  return { port: (appServer.address() as AddressInfo).port, storage, game: ProcessGameConfig(HubAndSpokes) };
}

takeVitals();

/** A worker process's CPU time (µs) and memory, from /proc (Linux; clock ticks of 10 ms). */
function processUsage(pid: number): { cpuMicros: number; rss: number; peakRss: number } {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) * 1024;
    return { cpuMicros: (Number(fields[11]) + Number(fields[12])) * 10_000, rss: kb('VmRSS'), peakRss: kb('VmHWM') };
  } catch {
    return { cpuMicros: 0, rss: 0, peakRss: 0 };
  }
}

async function usage(): Promise<Usage> {
  const cpu = process.cpuUsage();
  const peak = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
  // with workers: the primary's and every worker's CPU and memory (and heaps); the loop delay
  // and GC pauses of the worst worker (longest), the GC pauses of all of them (total)
  const others = workerPids().map(processUsage);
  const sum = (k: 'cpuMicros' | 'rss' | 'peakRss') => others.reduce((s, u) => s + u[k], 0);
  const own = takeVitals();
  const vitals = others.length ? (await workerVitals()).filter((v): v is ProcessVitals => v !== undefined) : [own];
  const max = (k: keyof ProcessVitals) => Math.max(0, ...vitals.map((v) => v[k]));
  const total = (k: keyof ProcessVitals) => vitals.reduce((s, v) => s + v[k], 0);
  const out = {
    cpuMicros: cpu.user + cpu.system + sum('cpuMicros'), rss: process.memoryUsage().rss + sum('rss'), peakRss: Number(peak ?? 0) * 1024 + sum('peakRss'),
    heapUsed: total('heapUsed') + (others.length ? own.heapUsed : 0),
    loopDelayP99Ms: max('loopDelayP99Ms'), loopDelayMaxMs: max('loopDelayMaxMs'), gcMaxMs: max('gcMaxMs'), gcTotalMs: total('gcTotalMs'),
  };
  return out;
}

const { port, storage, game } = await start();
let late: LatePosition[] | undefined;
// PROFILE_DIR: a CPU profile of the measured window only (from the first usage report to the next)
const profileDir = process.env.PROFILE_DIR;
let profiler: Session | undefined;
async function profile(): Promise<void> {
  if (!profileDir) return;
  if (!profiler) {
    profiler = new Session();
    profiler.connect();
    await profiler.post('Profiler.enable');
    await profiler.post('Profiler.start');
    return;
  }
  const { profile: taken } = await profiler.post('Profiler.stop');
  mkdirSync(profileDir, { recursive: true });
  writeFileSync(join(profileDir, `${mode}-${process.pid}.cpuprofile`), JSON.stringify(taken));
}

process.on('message', async (message: Command) => {
  if (message.cmd === 'usage') {
    const report = await usage();
    await profile();
    return process.send?.({ id: message.id, usage: report });
  }
  if (message.late) late ??= latePositions(6);
  const matches = Array.from({ length: message.count }, (_, i) => stampMatch(storage, game, message.late ? late?.[i % 6] : undefined));
  process.send?.({ id: message.id, matches });
});
process.on('disconnect', () => {
  rmSync(root, { recursive: true, force: true });
  process.exit(0);
});
process.send?.({ ready: port });
