// The SQLite storage adapter: boardgame.io's storage interface, appending the log, surviving a
// reopen, migrating once.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LogEntry, Server, State } from 'boardgame.io';
import { SqliteStorage } from '../../src/server/storage/sqlite';
import { MIGRATIONS } from '../../src/server/storage/migrations';
import Database from 'better-sqlite3';

const dirs: string[] = [];
const tempFile = () => {
  const dir = mkdtempSync(join(tmpdir(), 'hs-sqlite-'));
  dirs.push(dir);
  return join(dir, 'matches.db');
};
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

const state = (id: number, gameover?: unknown) => ({ G: { n: id }, ctx: { gameover, turn: id }, _stateID: id, plugins: {} }) as unknown as State;
const metadata = (over: Partial<Server.MatchData> = {}) => ({ gameName: 'hub-and-spokes', players: { 0: { id: 0 }, 1: { id: 1 } }, createdAt: 1, updatedAt: 1, ...over }) as Server.MatchData;
const entry = (n: number) => ({ action: { type: 'MAKE_MOVE', payload: { type: 'm', args: [n] } }, _stateID: n, turn: 1, phase: '' }) as unknown as LogEntry;

describe('SqliteStorage', () => {
  it('creates a match and fetches each field', () => {
    const db = new SqliteStorage(':memory:');
    db.createMatch('m1', { initialState: state(0), metadata: metadata() });
    const got = db.fetch('m1', { state: true, metadata: true, initialState: true, log: true });
    expect(got.state).toEqual(state(0));
    expect(got.initialState).toEqual(state(0));
    expect(got.metadata.gameName).toBe('hub-and-spokes');
    expect(got.log).toEqual([]);
  });

  it('appends the log move by move and keeps the initial state', () => {
    const db = new SqliteStorage(':memory:');
    db.createMatch('m1', { initialState: state(0), metadata: metadata() });
    db.setState('m1', state(1), [entry(1)]);
    db.setState('m1', state(2), [entry(2), entry(3)]);
    const got = db.fetch('m1', { state: true, log: true, initialState: true });
    expect(got.state).toEqual(state(2));
    expect(got.initialState).toEqual(state(0));
    expect(got.log).toEqual([entry(1), entry(2), entry(3)]);
  });

  it('answers an unknown match with nothing', () => {
    const db = new SqliteStorage(':memory:');
    expect(db.fetch('nope', { state: true, metadata: true })).toEqual({});
  });

  it('lists matches by game, game over and update time', () => {
    const db = new SqliteStorage(':memory:');
    db.createMatch('a', { initialState: state(0), metadata: metadata() });
    db.createMatch('b', { initialState: state(0), metadata: metadata({ gameName: 'other' }) });
    db.createMatch('c', { initialState: state(0), metadata: metadata() });
    db.setState('c', state(5, { side: 'china' }), []);
    expect(db.listMatches()).toEqual(['a', 'b', 'c']);
    expect(db.listMatches({ gameName: 'hub-and-spokes' })).toEqual(['a', 'c']);
    expect(db.listMatches({ where: { isGameover: true } })).toEqual(['c']);
    expect(db.listMatches({ where: { isGameover: false } })).toEqual(['a', 'b']);
    expect(db.listMatches({ where: { updatedAfter: Date.now() + 60_000 } })).toEqual([]);
    expect(db.listMatches({ where: { updatedBefore: Date.now() + 60_000 } })).toHaveLength(3);
  });

  it('wipes a match and its log', () => {
    const db = new SqliteStorage(':memory:');
    db.createMatch('m1', { initialState: state(0), metadata: metadata() });
    db.setState('m1', state(1), [entry(1)]);
    db.wipe('m1');
    expect(db.fetch('m1', { state: true, log: true })).toEqual({});
    expect(db.listMatches()).toEqual([]);
  });

  it('keeps everything across a close and reopen of the file', () => {
    const file = tempFile();
    const a = new SqliteStorage(file);
    a.createMatch('m1', { initialState: state(0), metadata: metadata() });
    a.setState('m1', state(1), [entry(1)]);
    a.setMetadata('m1', metadata({ updatedAt: 99, players: { 0: { id: 0, name: 'Ann' }, 1: { id: 1 } } }));
    a.close();
    const b = new SqliteStorage(file);
    const got = b.fetch('m1', { state: true, log: true, metadata: true });
    expect(got.state).toEqual(state(1));
    expect(got.log).toEqual([entry(1)]);
    expect(got.metadata.players[0]?.name).toBe('Ann');
    // the time of the last write of the match, metadata or state
    expect(got.metadata.updatedAt).toBeGreaterThanOrEqual(99);
    expect(got.metadata.updatedAt).toBeLessThanOrEqual(Date.now());
    b.close();
  });

  it('migrates a new file to the latest schema once, and reopening does not migrate again', () => {
    const file = tempFile();
    const a = new SqliteStorage(file);
    expect(a.schemaVersion()).toBe(MIGRATIONS.length);
    a.close();
    const b = new SqliteStorage(file);
    expect(b.schemaVersion()).toBe(MIGRATIONS.length);
    b.close();
  });

  it('is synchronous, so boardgame.io saves before it broadcasts', () => {
    expect(new SqliteStorage(':memory:').type()).toBe(0);
  });
});

describe('SqliteStorage: log pages apart, latest state in memory', () => {
  type Paged = { n: number; log: unknown[]; history: unknown[][] };
  const page = (round: number, n = 3) => Array.from({ length: n }, (_, i) => ({ seq: round * 10 + i, type: 'played', card: `S${round}${i}` }));
  const paged = (id: number, history: unknown[][], gameover?: unknown) =>
    ({ G: { n: id, log: [{ seq: id }], history }, ctx: { gameover, turn: id, activePlayers: { 0: 'decide' }, _activePlayersNumMoves: { 0: 0 } }, _stateID: id, plugins: {} }) as unknown as State;
  const raw = (file: string) => new Database(file, { readonly: true });
  const rows = (file: string, sql: string, ...params: unknown[]) => {
    const db = raw(file);
    try { return db.prepare(sql).all(...params) as Record<string, unknown>[]; } finally { db.close(); }
  };

  it('stores earlier rounds\' pages as rows of their own and the state without them; fetch puts them back', () => {
    const file = tempFile();
    const db = new SqliteStorage(file);
    db.createMatch('m', { initialState: paged(0, []), metadata: metadata() });
    const history = [page(1), page(2)];
    db.setState('m', paged(1, history), [entry(1)]);
    expect(db.fetch('m', { state: true }).state).toEqual(paged(1, history));
    const [row] = rows(file, 'SELECT state, pages FROM matches');
    expect(JSON.parse(row?.state as string).G.history).toEqual([]);
    expect(row?.pages).toBe(2);
    expect(rows(file, 'SELECT page, entries FROM log_pages ORDER BY page').map((r) => JSON.parse(r.entries as string))).toEqual(history);
    db.close();
  });

  it('writes a page once: moves in the same round leave the stored pages alone', () => {
    const file = tempFile();
    const db = new SqliteStorage(file);
    db.createMatch('m', { initialState: paged(0, []), metadata: metadata() });
    db.setState('m', paged(1, [page(1)]), []);
    // tamper with the stored page from outside: a rewrite would put it back
    const w = new Database(file);
    w.prepare('UPDATE log_pages SET entries = ? WHERE page = 0').run('["untouched"]');
    w.close();
    // as boardgame.io's master does: fetch, make the next state from it, save it
    for (let n = 2; n < 6; n++) {
      const before = db.fetch('m', { state: true }).state as State<Paged>;
      db.setState('m', paged(n, before.G.history), [entry(n)]);
    }
    expect(rows(file, 'SELECT entries FROM log_pages').map((r) => r.entries)).toEqual(['["untouched"]']);
    // a new round's page is added, the earlier one still not rewritten
    const before = db.fetch('m', { state: true }).state as State<Paged>;
    db.setState('m', paged(6, [...before.G.history, page(2)]), []);
    expect(rows(file, 'SELECT entries FROM log_pages ORDER BY page').map((r) => r.entries)).toEqual(['["untouched"]', JSON.stringify(page(2))]);
    db.close();
  });

  it('writes a page whose content changed, and drops pages a state no longer has', () => {
    const file = tempFile();
    const db = new SqliteStorage(file);
    db.createMatch('m', { initialState: paged(0, []), metadata: metadata() });
    db.setState('m', paged(1, [page(1), page(2), page(3)]), []);
    db.setState('m', paged(2, [page(1), page(9)]), []);
    expect(db.fetch('m', { state: true }).state).toEqual(paged(2, [page(1), page(9)]));
    db.close();
    const again = new SqliteStorage(file);
    expect(again.fetch('m', { state: true }).state).toEqual(paged(2, [page(1), page(9)]));
    again.setState('m', state(3), []);
    expect(again.fetch('m', { state: true }).state).toEqual(state(3));
    expect(rows(file, 'SELECT * FROM log_pages')).toEqual([]);
    again.close();
  });

  it('never serves a stale state: every fetch after a write gives that write, and a fetched state changed in place changes nothing stored', () => {
    const db = new SqliteStorage(':memory:');
    db.createMatch('m', { initialState: paged(0, []), metadata: metadata() });
    for (let n = 1; n <= 20; n++) {
      const history = Array.from({ length: Math.floor(n / 5) }, (_, r) => page(r));
      db.setState('m', paged(n, history), [entry(n)]);
      const got = db.fetch('m', { state: true }).state as State<Paged>;
      expect(got).toEqual(paged(n, history));
      // boardgame.io's flow counts a move in place on the state it fetched, even a refused one
      (got.ctx._activePlayersNumMoves as Record<string, number>)['0'] = 99;
      got.G.n = -1;
      expect(() => (got.G.history as unknown[][]).push(['x'])).not.toThrow();
      expect(db.fetch('m', { state: true }).state).toEqual(paged(n, history));
    }
    expect(db.fetch('m', { log: true }).log).toHaveLength(20);
    // the pages a fetch shares cannot be changed in place
    const shared = (db.fetch('m', { state: true }).state as State<Paged>).G.history[0] as unknown[];
    expect(() => shared.push('x')).toThrow();
  });

  it('shares a frozen G (boardgame.io freezes every G it makes) and copies the rest of the state for each fetch', () => {
    const db = new SqliteStorage(':memory:');
    db.createMatch('m', { initialState: paged(0, []), metadata: metadata() });
    const deepFreeze = (x: unknown): unknown => {
      if (x && typeof x === 'object') { Object.freeze(x); for (const v of Object.values(x)) deepFreeze(v); }
      return x;
    };
    for (let n = 1; n <= 3; n++) {
      const written = paged(n, [page(1)]);
      deepFreeze(written.G);
      db.setState('m', written, []);
      const a = db.fetch('m', { state: true }).state as State<Paged>;
      const b = db.fetch('m', { state: true }).state as State<Paged>;
      expect(a).toEqual(written);
      expect(a.G).toBe(written.G);
      expect(a.ctx).not.toBe(written.ctx);
      (a.ctx._activePlayersNumMoves as Record<string, number>)['0'] = 99;
      expect(b.ctx).toEqual(written.ctx);
      expect(db.fetch('m', { state: true }).state).toEqual(written);
    }
    // a G that is not frozen is served as a copy of what was written
    const open = paged(4, [page(1)]);
    db.setState('m', open, []);
    const got = db.fetch('m', { state: true }).state as State<Paged>;
    expect(got.G).not.toBe(open.G);
    expect(got).toEqual(open);
  });

  it('serialises a page once: later states that share it (as boardgame.io\'s do) do not write or even read it again', () => {
    const db = new SqliteStorage(':memory:');
    db.createMatch('m', { initialState: paged(0, []), metadata: metadata() });
    let serialised = 0;
    const counted = page(1);
    Object.defineProperty(counted, 'toJSON', { value: function (this: unknown[]) { serialised += 1; return [...this]; } });
    const frozen = (n: number, history: unknown[][]) => {
      const s = paged(n, history);
      Object.freeze(s.G);
      return s;
    };
    Object.freeze(counted);
    db.setState('m', frozen(1, [counted]), []);
    expect(serialised).toBe(1);
    for (let n = 2; n < 8; n++) {
      const before = db.fetch('m', { state: true }).state as State<Paged>;
      db.setState('m', frozen(n, before.G.history), [entry(n)]);
    }
    expect(serialised).toBe(1);
    expect((db.fetch('m', { state: true }).state as State<Paged>).G.history).toEqual([page(1)]);
  });

  it('a restart on the same data folder restores every written state, its pages and its log; a small cache reads evicted matches back whole', () => {
    const file = tempFile();
    const a = new SqliteStorage(file, { cacheSize: 2 });
    const ids = ['a', 'b', 'c', 'd'];
    for (const id of ids) a.createMatch(id, { initialState: paged(0, []), metadata: metadata() });
    const expected = new Map<string, State>();
    for (let n = 1; n <= 12; n++) {
      for (const [i, id] of ids.entries()) {
        const s = paged(n * 10 + i, Array.from({ length: Math.floor(n / 3) }, (_, r) => page(r + i)));
        a.setState(id, s, [entry(n)]);
        expected.set(id, s);
      }
      for (const id of ids) expect(a.fetch(id, { state: true }).state).toEqual(expected.get(id));
    }
    expect(a.cachedMatches()).toBeLessThanOrEqual(2);
    a.close();
    const b = new SqliteStorage(file);
    for (const id of ids) {
      const got = b.fetch(id, { state: true, log: true, metadata: true });
      expect(got.state).toEqual(expected.get(id));
      expect(got.log).toHaveLength(12);
    }
    b.close();
  });

  it('skips a metadata write that changes only updatedAt to the time of the state just written, and still serves that time', () => {
    const file = tempFile();
    const db = new SqliteStorage(file);
    db.createMatch('m', { initialState: state(0), metadata: metadata() });
    const stored = () => JSON.parse(rows(file, 'SELECT metadata FROM matches')[0]?.metadata as string) as Server.MatchData;
    const at = Date.now();
    db.setState('m', state(1), [entry(1)]);
    db.setMetadata('m', metadata({ updatedAt: at }));
    expect(stored().updatedAt).toBe(1);
    expect(db.fetch('m', { metadata: true }).metadata.updatedAt).toBe(at);
    // anything else that changes is written, and so is a time later than the last state
    db.setMetadata('m', metadata({ updatedAt: at, players: { 0: { id: 0, isConnected: true }, 1: { id: 1 } } }));
    expect(stored().players[0]?.isConnected).toBe(true);
    db.setMetadata('m', metadata({ updatedAt: at + 60_000, players: { 0: { id: 0, isConnected: true }, 1: { id: 1 } } }));
    expect(stored().updatedAt).toBe(at + 60_000);
    // a fetched metadata changed in place (boardgame.io does) and then saved is written
    const m = db.fetch('m', { metadata: true }).metadata;
    (m.players[0] as { isConnected?: boolean }).isConnected = false;
    db.setMetadata('m', m);
    expect(stored().players[0]?.isConnected).toBe(false);
    db.close();
  });

  it('migrates a version-1 file: log pages move out of the state, which reads back the same', () => {
    const file = tempFile();
    const v1 = new Database(file);
    v1.exec('CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)');
    v1.exec(MIGRATIONS[0] as string);
    v1.prepare('INSERT INTO schema_version VALUES (1, 0)').run();
    const old = paged(7, [page(1), page(2), page(3)]);
    const insert = v1.prepare('INSERT INTO matches (id, game_name, metadata, state, initial_state, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, 1)');
    insert.run('m', 'hub-and-spokes', JSON.stringify(metadata()), JSON.stringify(old), JSON.stringify(paged(0, [])));
    insert.run('plain', 'other', JSON.stringify(metadata()), JSON.stringify(state(3)), JSON.stringify(state(0)));
    v1.close();
    const db = new SqliteStorage(file);
    expect(db.schemaVersion()).toBe(MIGRATIONS.length);
    expect(db.fetch('m', { state: true }).state).toEqual(old);
    expect(db.fetch('plain', { state: true }).state).toEqual(state(3));
    db.close();
    expect(rows(file, 'SELECT COUNT(*) AS n FROM log_pages')[0]?.n).toBe(3);
    expect(JSON.parse(rows(file, "SELECT state FROM matches WHERE id = 'm'")[0]?.state as string).G.history).toEqual([]);
  });
});

describe('SqliteStorage: checkpoints in a thread of their own', () => {
  it('the main connection leaves checkpoints to the thread, which copies the log into the database file', async () => {
    const file = tempFile();
    const db = new SqliteStorage(file);
    const main = (db as unknown as { shards: { db: Database.Database }[] }).shards[0]!.db;
    expect(main.pragma('wal_autocheckpoint', { simple: true })).toBeGreaterThan(1000);
    const before = statSync(file).size;
    const big = { G: { text: 'x'.repeat(3000) }, ctx: {}, _stateID: 0, plugins: {} } as unknown as State;
    // a few hundred pages: far below the main connection's own mark
    for (let i = 0; i < 100; i++) db.createMatch(`m${i}`, { initialState: big, metadata: metadata() });
    for (let wait = 0; statSync(file).size <= before && wait < 200; wait++) await new Promise((r) => setTimeout(r, 50));
    expect(statSync(file).size).toBeGreaterThan(before);
    db.close();
    const again = new SqliteStorage(file);
    expect(again.listMatches()).toHaveLength(100);
    again.close();
  });
});
