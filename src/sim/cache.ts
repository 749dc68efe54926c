// A cache of simulated games on disk, so that a long measurement can be run in parts (the
// baseline first, then the card ablation a few cards at a time) and the report assembled at
// the end without playing a game twice. A batch is kept under a key made of its description
// and a hash of everything that decides its games: the rules data and the source of the
// engine, the bots and the simulator. Change any of them and the cache no longer answers.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BatchSpec } from './batch';
import type { GameRecord } from './record';

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The simulator's files that decide a game's record (the rest only count, chart or report). */
const SIM_FILES = ['src/sim/play.ts', 'src/sim/batch.ts', 'src/sim/record.ts', 'src/sim/ablation.ts'];

/** A hash of what decides a game: the rules data, the engine, the bots (the hard bot's search
 *  aside: the simulator does not play it) and the simulator's playing files. */
export function codeHash(root: string): string {
  const h = createHash('sha256');
  const files = [...['rules', 'src/game', 'src/bots'].flatMap((dir) => filesUnder(join(root, dir))), ...SIM_FILES.map((f) => join(root, f))];
  for (const file of files) {
    // The rulebook is prose: the rules data are the JSON files.
    if (file.endsWith('src/bots/hard.ts') || (file.includes('/rules/') && !file.endsWith('.json'))) continue;
    h.update(file.slice(root.length));
    h.update(readFileSync(file));
  }
  return h.digest('hex').slice(0, 16);
}

/** Removes from `dir` the games kept under any other hash: games of other rules or code can
 *  never answer again. */
export function dropOtherHashes(dir: string, hash: string): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) if (name !== hash) rmSync(join(dir, name), { recursive: true, force: true });
}

export interface BatchCache {
  get(spec: BatchSpec): GameRecord[] | undefined;
  put(spec: BatchSpec, records: GameRecord[]): void;
}

export function diskCache(dir: string, hash: string): BatchCache {
  const fileOf = (spec: BatchSpec) => {
    const key = createHash('sha256').update(JSON.stringify([spec.scenario, spec.seed, spec.from, spec.count, spec.bot, spec.players ?? 6, spec.without ?? ''])).digest('hex').slice(0, 24);
    return join(dir, hash, `${key}.json`);
  };
  return {
    get(spec) {
      const file = fileOf(spec);
      return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as GameRecord[]) : undefined;
    },
    put(spec, records) {
      mkdirSync(join(dir, hash), { recursive: true });
      writeFileSync(fileOf(spec), JSON.stringify(records));
    },
  };
}
