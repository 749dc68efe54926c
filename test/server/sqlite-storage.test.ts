// The SQLite storage adapter: boardgame.io's storage interface, appending the log, surviving a
// reopen, migrating once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LogEntry, Server, State } from 'boardgame.io';
import { SqliteStorage } from '../../src/server/storage/sqlite';
import { MIGRATIONS } from '../../src/server/storage/migrations';

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
    a.setMetadata('m1', metadata({ updatedAt: 99 }));
    a.close();
    const b = new SqliteStorage(file);
    const got = b.fetch('m1', { state: true, log: true, metadata: true });
    expect(got.state).toEqual(state(1));
    expect(got.log).toEqual([entry(1)]);
    expect(got.metadata.updatedAt).toBe(99);
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
