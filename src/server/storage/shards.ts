// The files of the match store. One server process keeps every match in `matches.db`; a server
// of N worker processes keeps each match in the file of the worker that owns it
// (cluster/placement.ts): `matches.db` for worker 0, `matches.1.db`… for the others, so that no
// two processes ever write one file (SQLite lets one writer at a time have a file: two workers
// on one file waited on each other's locks, event loop and all). Started with another number
// of workers than last time, the store is first put in order: every match moves to the file of
// its owner now, and files beyond the last worker's are emptied and removed.
import Database from 'better-sqlite3';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ownerOf } from '../cluster/placement';
import { SqliteStorage } from './sqlite';

const FILE = /^matches(?:\.(\d+))?\.db$/;

/** The store's files for `count` worker processes, by worker. */
export function shardFiles(dataDir: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => join(dataDir, i === 0 ? 'matches.db' : `matches.${i}.db`));
}

/** Moves every match into the file of its owner among `count` workers; returns how many moved. */
export function reshard(dataDir: string, count: number): number {
  const found = existsSync(dataDir) ? readdirSync(dataDir).flatMap((name) => {
    const m = FILE.exec(name);
    return m ? [{ index: Number(m[1] ?? 0), file: join(dataDir, name) }] : [];
  }) : [];
  const targets = shardFiles(dataDir, count);
  if (found.every(({ index }) => index < count) && count === 1) return 0;
  // every file at the current schema first: moved rows keep their columns' order
  new SqliteStorage(targets, { checkpoints: 'inline' }).close();
  let moved = 0;
  for (const { index, file } of found) {
    const db = new SqliteStorage(file, { checkpoints: 'inline' });
    db.close();
    const raw = new Database(file);
    const ids = (raw.prepare('SELECT id FROM matches').all() as { id: string }[]).map((r) => r.id);
    const away = ids.filter((id) => index >= count || ownerOf(id, count) !== index);
    const byTarget = new Map<number, string[]>();
    for (const id of away) byTarget.set(ownerOf(id, count), [...(byTarget.get(ownerOf(id, count)) ?? []), id]);
    for (const [target, moving] of byTarget) {
      raw.prepare('ATTACH DATABASE ? AS target').run(targets[target]);
      raw.transaction(() => {
        for (const id of moving) {
          raw.prepare('INSERT INTO target.matches SELECT * FROM main.matches WHERE id = ?').run(id);
          raw.prepare('INSERT INTO target.log SELECT * FROM main.log WHERE match_id = ?').run(id);
          raw.prepare('INSERT INTO target.log_pages SELECT * FROM main.log_pages WHERE match_id = ?').run(id);
          raw.prepare('DELETE FROM main.log WHERE match_id = ?').run(id);
          raw.prepare('DELETE FROM main.log_pages WHERE match_id = ?').run(id);
          raw.prepare('DELETE FROM main.matches WHERE id = ?').run(id);
        }
      })();
      raw.prepare('DETACH DATABASE target').run();
      moved += moving.length;
    }
    raw.close();
    if (index >= count) for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  }
  return moved;
}
