// The match store of a server with several worker processes: each match in the file of its
// owner, each file written by that worker alone, and the store put in order when the number
// of workers changes (every match, with its state, log and log pages, moved to its new owner's
// file; files beyond the last worker's removed).
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LogEntry, Server, State } from 'boardgame.io';
import Database from 'better-sqlite3';
import { SqliteStorage } from '../../src/server/storage/sqlite';
import { reshard, shardFiles } from '../../src/server/storage/shards';
import { ownerOf } from '../../src/server/cluster/placement';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'hs-shards-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

// a state with two earlier rounds' log pages (kept as rows of their own)
const state = (id: number) => ({ G: { n: id, history: [[`page0-${id}`], [`page1-${id}`]] }, ctx: { turn: id }, _stateID: id, plugins: {} }) as unknown as State;
const metadata = () => ({ gameName: 'hub-and-spokes', players: { 0: { id: 0 } }, createdAt: 1, updatedAt: 1 }) as Server.MatchData;
const entry = (n: number) => ({ action: { type: 'MAKE_MOVE', payload: { type: 'm', args: [n] } }, _stateID: n, turn: 1, phase: '' }) as unknown as LogEntry;
const ids = Array.from({ length: 40 }, (_, i) => `match-${i}`);
const idsIn = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT id FROM matches ORDER BY id').all() as { id: string }[]).map((r) => r.id);
  } finally {
    db.close();
  }
};

function fill(dir: string): void {
  const store = new SqliteStorage(join(dir, 'matches.db'), { checkpoints: 'inline' });
  ids.forEach((id, i) => {
    store.createMatch(id, { initialState: state(0), metadata: metadata() });
    store.setState(id, state(i + 1), [entry(i), entry(i + 100)]);
  });
  store.close();
}

function expectWhole(store: SqliteStorage): void {
  ids.forEach((id, i) => {
    const got = store.fetch(id, { state: true, log: true, metadata: true, initialState: true });
    expect(got.state).toEqual(state(i + 1));
    expect(got.log).toEqual([entry(i), entry(i + 100)]);
    expect(got.metadata?.gameName).toBe('hub-and-spokes');
  });
}

describe('the store of several workers', () => {
  it('moves every match to the file of its owner, whole, when the number of workers changes', () => {
    const dir = tempDir();
    fill(dir);
    expect(reshard(dir, 1)).toBe(0);
    const moved = reshard(dir, 3);
    expect(moved).toBe(ids.filter((id) => ownerOf(id, 3) !== 0).length);
    shardFiles(dir, 3).forEach((file, k) => expect(idsIn(file)).toEqual(ids.filter((id) => ownerOf(id, 3) === k).sort()));
    expect(reshard(dir, 3)).toBe(0);
    const three = new SqliteStorage(shardFiles(dir, 3), { checkpoints: 'inline' });
    expectWhole(three);
    expect(three.listMatches()).toHaveLength(ids.length);
    three.close();

    // and back to one process: one file again, the others gone
    reshard(dir, 1);
    expect(idsIn(join(dir, 'matches.db'))).toEqual([...ids].sort());
    expect(readdirSync(dir).filter((f) => f.endsWith('.db'))).toEqual(['matches.db']);
    const one = new SqliteStorage(join(dir, 'matches.db'), { checkpoints: 'inline' });
    expectWhole(one);
    one.close();
  });

  it("lets a worker write its own file only, and read every match", () => {
    const dir = tempDir();
    fill(dir);
    reshard(dir, 2);
    const worker = new SqliteStorage(shardFiles(dir, 2), { own: 1, checkpoints: 'inline' });
    const mine = ids.find((id) => ownerOf(id, 2) === 1) as string;
    const theirs = ids.find((id) => ownerOf(id, 2) === 0) as string;
    expectWhole(worker);
    worker.setState(mine, state(99), [entry(99)]);
    expect(worker.fetch(mine, { state: true }).state).toEqual(state(99));
    expect(() => worker.setState(theirs, state(99))).toThrow(/another worker/);
    expect(() => worker.setMetadata(theirs, metadata())).toThrow(/another worker/);
    expect(() => worker.wipe(theirs)).toThrow(/another worker/);
    expect(() => worker.createMatch(theirs, { initialState: state(0), metadata: metadata() })).toThrow(/another worker/);
    // another process's write to its own file is seen at once: that file is never cached here
    const other = new SqliteStorage(shardFiles(dir, 2), { own: 0, checkpoints: 'inline' });
    other.setState(theirs, state(77), []);
    expect(worker.fetch(theirs, { state: true }).state).toEqual(state(77));
    expect(existsSync(join(dir, 'matches.1.db'))).toBe(true);
    worker.close();
    other.close();
  });
});
