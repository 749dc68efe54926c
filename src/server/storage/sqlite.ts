// boardgame.io storage over SQLite (better-sqlite3), the embedded default. Synchronous on
// purpose: boardgame.io's master broadcasts a move before it saves it, and with a synchronous
// adapter the save is written before the broadcast's bytes leave the process, so no move a
// client saw can be lost to a crash. The log is appended row by row, never rewritten.
import Database from 'better-sqlite3';
import { Sync } from 'boardgame.io/internal';
import type { LogEntry, Server, State, StorageAPI } from 'boardgame.io';
import { MIGRATIONS } from './migrations';

type FetchOpts = StorageAPI.FetchOpts;
type FetchResult<O extends FetchOpts> = StorageAPI.FetchResult<O>;

export class SqliteStorage extends Sync {
  private readonly db: Database.Database;
  private readonly stmt: ReturnType<SqliteStorage['prepare']>;

  /** `file` is a path, or ':memory:' for tests. */
  constructor(file: string) {
    super();
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    migrate(this.db);
    this.stmt = this.prepare();
  }

  private prepare() {
    const db = this.db;
    return {
      create: db.prepare('INSERT INTO matches (id, game_name, metadata, state, initial_state, gameover, created_at, updated_at) VALUES (@id, @gameName, @metadata, @state, @state, 0, @now, @now)'),
      setState: db.prepare('UPDATE matches SET state = @state, gameover = @gameover, updated_at = @now WHERE id = @id'),
      appendLog: db.prepare('INSERT INTO log (match_id, seq, entry) VALUES (@id, (SELECT COALESCE(MAX(seq), -1) + 1 FROM log WHERE match_id = @id), @entry)'),
      setMetadata: db.prepare('UPDATE matches SET metadata = @metadata, gameover = @gameover, updated_at = @now WHERE id = @id'),
      get: db.prepare('SELECT metadata, state, initial_state FROM matches WHERE id = ?'),
      log: db.prepare('SELECT entry FROM log WHERE match_id = ? ORDER BY seq'),
      wipeLog: db.prepare('DELETE FROM log WHERE match_id = ?'),
      wipe: db.prepare('DELETE FROM matches WHERE id = ?'),
    };
  }

  override connect(): void {}

  close(): void {
    this.db.close();
  }

  override createMatch(matchID: string, opts: StorageAPI.CreateMatchOpts): void {
    const metadata = opts.metadata;
    this.stmt.create.run({
      id: matchID,
      gameName: metadata.gameName,
      metadata: JSON.stringify(metadata),
      state: JSON.stringify(opts.initialState),
      now: Date.now(),
    });
  }

  setState(matchID: string, state: State, deltalog?: LogEntry[]): void {
    this.db.transaction(() => {
      this.stmt.setState.run({ id: matchID, state: JSON.stringify(state), gameover: state.ctx.gameover === undefined ? 0 : 1, now: Date.now() });
      for (const entry of deltalog ?? []) this.stmt.appendLog.run({ id: matchID, entry: JSON.stringify(entry) });
    })();
  }

  setMetadata(matchID: string, metadata: Server.MatchData): void {
    this.stmt.setMetadata.run({ id: matchID, metadata: JSON.stringify(metadata), gameover: metadata.gameover === undefined ? 0 : 1, now: Date.now() });
  }

  fetch<O extends FetchOpts>(matchID: string, opts: O): FetchResult<O> {
    const row = this.stmt.get.get(matchID) as { metadata: string; state: string; initial_state: string } | undefined;
    const result = {} as Record<string, unknown>;
    if (!row) return result as FetchResult<O>;
    if (opts.state) result.state = JSON.parse(row.state);
    if (opts.metadata) result.metadata = JSON.parse(row.metadata);
    if (opts.initialState) result.initialState = withoutSeed(JSON.parse(row.initial_state) as State);
    if (opts.log) result.log = (this.stmt.log.all(matchID) as { entry: string }[]).map((r) => JSON.parse(r.entry));
    return result as FetchResult<O>;
  }

  wipe(matchID: string): void {
    this.db.transaction(() => {
      this.stmt.wipeLog.run(matchID);
      this.stmt.wipe.run(matchID);
    })();
  }

  override listMatches(opts: StorageAPI.ListMatchesOpts = {}): string[] {
    const where: string[] = [];
    const params: Record<string, unknown> = {};
    if (opts.gameName) { where.push('game_name = @gameName'); params.gameName = opts.gameName; }
    if (opts.where?.isGameover !== undefined) { where.push('gameover = @gameover'); params.gameover = opts.where.isGameover ? 1 : 0; }
    if (opts.where?.updatedBefore !== undefined) { where.push('updated_at < @before'); params.before = opts.where.updatedBefore; }
    if (opts.where?.updatedAfter !== undefined) { where.push('updated_at > @after'); params.after = opts.where.updatedAfter; }
    const sql = `SELECT id FROM matches ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at, id`;
    return (this.db.prepare(sql).all(params) as { id: string }[]).map((r) => r.id);
  }

  /** The schema version the database is at (for tests and diagnostics). */
  schemaVersion(): number {
    return (this.db.prepare('SELECT MAX(version) AS v FROM schema_version').get() as { v: number }).v;
  }
}

/**
 * boardgame.io sends a match's initial state, unfiltered, to every client that connects, and
 * uses it for nothing else here (RESET is refused): it leaves storage without the generator's
 * seed, which would predict every later draw. Setup deals nothing, so nothing else is secret.
 */
function withoutSeed(state: State): State {
  const plugins = { ...(state.plugins ?? {}) } as Record<string, unknown>;
  delete plugins.random;
  return { ...state, plugins } as State;
}

/** Applies every migration newer than the database, each in its own transaction. */
function migrate(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)');
  const current = (db.prepare('SELECT COALESCE(MAX(version), 0) AS v FROM schema_version').get() as { v: number }).v;
  for (const [index, sql] of MIGRATIONS.entries()) {
    const version = index + 1;
    if (version <= current) continue;
    db.transaction(() => {
      db.exec(sql);
      db.prepare('INSERT INTO schema_version (version, applied_at) VALUES (?, ?)').run(version, Date.now());
    })();
  }
}
