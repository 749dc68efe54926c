// boardgame.io storage over SQLite (better-sqlite3), the embedded default. Synchronous on
// purpose: boardgame.io's master broadcasts a move before it saves it, and with a synchronous
// adapter the save is written before the broadcast's bytes leave the process, so no move a
// client saw can be lost to a crash. The log is appended row by row, never rewritten.
//
// What a move costs here is kept small and flat over a match's length:
// - Earlier rounds' log pages (G.history, most of a late state) are rows of their own, each
//   written once when its round ends; the state row holds the rest (a few KB).
// - The latest state and metadata of recently used matches are kept in memory as written
//   (write-through: the cache changes only once the write has committed), so a fetch reads no
//   row. A fetch shares the state's G when boardgame.io froze it (it freezes every G it makes)
//   and otherwise parses its own copy of the JSON written; the rest of the state (ctx, which
//   boardgame.io's flow changes in place) and the metadata are always fresh copies, so a caller
//   that changes what it got changes nothing here. Log pages are kept frozen and shared by
//   every fetch: a round's page never changes once written. Each file is written by one
//   process only (with several worker processes, each has a file of its own, and reads the
//   others' without keeping them in memory): another writer would not be seen by this cache.
// - A metadata write whose only change is `updatedAt`, at or before the state write just made,
//   is not written: the row's `updated_at` (written with every state) already holds that time,
//   and a match read back from disk gets the later of the two.
import Database from 'better-sqlite3';
import { Sync } from 'boardgame.io/internal';
import type { LogEntry, Server, State, StorageAPI } from 'boardgame.io';
import { MIGRATIONS } from './migrations';
import { Checkpointer, FALLBACK_AUTOCHECKPOINT_PAGES } from './checkpointer';
import { ownerOf } from '../cluster/placement';

type FetchOpts = StorageAPI.FetchOpts;
type FetchResult<O extends FetchOpts> = StorageAPI.FetchResult<O>;
type Page = readonly unknown[];

/** A live match as stored. */
interface Live {
  /** the state as written, when its G is frozen (boardgame.io's immer freezes every G it makes,
   *  deeply): a fetch shares that G and copies the rest, which the flow changes in place; else
   *  the state's JSON, with an empty G.history when `pages` holds its pages */
  state: State | string;
  /** G.history's pages as stored (parsed and frozen), or null: the state is kept whole */
  pages: readonly Page[] | null;
  /** the metadata's JSON without `updatedAt` */
  meta: string;
  updatedAt: number | undefined;
  /** when the state was last written (the row's updated_at) */
  stateWrittenAt: number;
}

export interface SqliteStorageOptions {
  /** how many matches' latest state the adapter keeps in memory (least recently used go first) */
  cacheSize?: number;
  /** WAL checkpoints in a thread of their own (default for a file), or by SQLite in the commit that crosses its mark */
  checkpoints?: 'thread' | 'inline';
  /** which matches may be kept in memory (default all; of several files, only the own file's) */
  cacheable?: (matchID: string) => boolean;
  /** of several files, the one this process writes (default: all of them) */
  own?: number;
}

/** One SQLite file of the store, with its statements. */
interface Shard {
  db: Database.Database;
  stmt: ReturnType<typeof prepare>;
  checkpointer?: Checkpointer;
}

export class SqliteStorage extends Sync {
  private readonly shards: Shard[];
  private readonly own: number | 'all';
  private readonly live = new Map<string, Live>();
  private readonly cacheSize: number;
  private readonly cacheable: (matchID: string) => boolean;

  /** `file` is a path, or ':memory:' for tests; or the files of a server of several worker
   *  processes (shards.ts): each match is in the file of the worker that owns it
   *  (cluster/placement.ts), and `own` says which file this process writes: the others it
   *  only reads, and never keeps in memory (their owner writes them). */
  constructor(file: string | readonly string[], options: SqliteStorageOptions = {}) {
    super();
    const files = typeof file === 'string' ? [file] : file;
    const own = options.own ?? 'all';
    this.own = own;
    this.cacheSize = Math.max(1, options.cacheSize ?? 4096);
    const cacheable = options.cacheable ?? (() => true);
    this.cacheable = own === 'all' ? cacheable : (id) => this.shardOf(id) === this.shards[own] && cacheable(id);
    this.shards = files.map((f, i) => {
      const db = openDatabase(f);
      const shard: Shard = { db, stmt: prepare(db) };
      if ((own === 'all' || own === i) && f !== ':memory:' && (options.checkpoints ?? 'thread') === 'thread') {
        db.pragma(`wal_autocheckpoint = ${FALLBACK_AUTOCHECKPOINT_PAGES}`);
        shard.checkpointer = new Checkpointer(f);
      }
      return shard;
    });
  }

  /** The file a match is in. */
  private shardOf(matchID: string): Shard {
    return this.shards[this.shards.length === 1 ? 0 : ownerOf(matchID, this.shards.length)] as Shard;
  }

  /** The file a match is in, which must be this process's to write. */
  private writable(matchID: string): Shard {
    const shard = this.shardOf(matchID);
    if (this.own !== 'all' && shard !== this.shards[this.own]) throw new Error(`match ${matchID} is another worker process's to write`);
    return shard;
  }

  override connect(): void {}

  close(): void {
    this.live.clear();
    for (const { db, checkpointer } of this.shards) {
      checkpointer?.close();
      db.close();
    }
  }

  override createMatch(matchID: string, opts: StorageAPI.CreateMatchOpts): void {
    const metadata = opts.metadata;
    this.live.delete(matchID);
    this.writable(matchID).stmt.create.run({
      id: matchID,
      gameName: metadata.gameName,
      metadata: JSON.stringify(metadata),
      state: JSON.stringify(opts.initialState),
      now: Date.now(),
    });
  }

  setState(matchID: string, state: State, deltalog?: LogEntry[]): void {
    const { db, stmt } = this.writable(matchID);
    const live = this.load(matchID);
    const { json, history } = split(state);
    const stored = live?.pages ?? [];
    // pages that differ from what is stored: the new ones at the end, as a rule
    const writes: [number, string, Page][] = [];
    const pages = history ? stored.slice(0, history.length) : null;
    if (history && pages) {
      for (let i = 0; i < history.length; i++) {
        const page = history[i] as Page;
        if (page === stored[i]) continue;
        const text = JSON.stringify(page);
        if (i < stored.length && text === JSON.stringify(stored[i])) continue;
        // a page boardgame.io froze (with all of G) is kept as it is: the state it came in shares it
        const parsed = Object.isFrozen(page) ? page : deepFreeze(JSON.parse(text) as Page);
        pages[i] = parsed;
        writes.push([i, text, parsed]);
      }
    }
    const now = Date.now();
    db.transaction(() => {
      stmt.setState.run({ id: matchID, state: json, pages: pages ? pages.length : null, gameover: state.ctx.gameover === undefined ? 0 : 1, now });
      if (stored.length > (pages?.length ?? 0)) stmt.dropPagesFrom.run(matchID, pages?.length ?? 0);
      for (const [i, text] of writes) stmt.putPage.run(matchID, i, text);
      for (const entry of deltalog ?? []) stmt.appendLog.run({ id: matchID, entry: JSON.stringify(entry) });
    })();
    if (live) {
      live.state = Object.isFrozen(state.G) ? state : json;
      live.pages = pages;
      live.stateWrittenAt = now;
    }
  }

  setMetadata(matchID: string, metadata: Server.MatchData): void {
    const { stmt } = this.writable(matchID);
    const live = this.load(matchID);
    const { updatedAt, ...rest } = metadata;
    const meta = JSON.stringify(rest);
    if (live && meta === live.meta && typeof updatedAt === 'number' && updatedAt >= (live.updatedAt ?? 0) && updatedAt <= live.stateWrittenAt) {
      live.updatedAt = updatedAt;
      return;
    }
    stmt.setMetadata.run({ id: matchID, metadata: JSON.stringify(metadata), gameover: metadata.gameover === undefined ? 0 : 1, now: Date.now() });
    if (live) {
      live.meta = meta;
      live.updatedAt = updatedAt;
    }
  }

  fetch<O extends FetchOpts>(matchID: string, opts: O): FetchResult<O> {
    const live = this.load(matchID);
    const result = {} as Record<string, unknown>;
    if (!live) return result as FetchResult<O>;
    if (opts.state) result.state = stateOf(live);
    if (opts.metadata) {
      const metadata = JSON.parse(live.meta) as Server.MatchData;
      if (live.updatedAt !== undefined) metadata.updatedAt = live.updatedAt;
      result.metadata = metadata;
    }
    if (opts.initialState) {
      const row = this.shardOf(matchID).stmt.initialState.get(matchID) as { initial_state: string };
      result.initialState = withoutSeed(JSON.parse(row.initial_state) as State);
    }
    if (opts.log) result.log = (this.shardOf(matchID).stmt.log.all(matchID) as { entry: string }[]).map((r) => JSON.parse(r.entry));
    return result as FetchResult<O>;
  }

  wipe(matchID: string): void {
    const { db, stmt } = this.writable(matchID);
    this.live.delete(matchID);
    db.transaction(() => {
      stmt.wipeLog.run(matchID);
      stmt.wipePages.run(matchID);
      stmt.wipe.run(matchID);
    })();
  }

  override listMatches(opts: StorageAPI.ListMatchesOpts = {}): string[] {
    const where: string[] = [];
    const params: Record<string, unknown> = {};
    if (opts.gameName) { where.push('game_name = @gameName'); params.gameName = opts.gameName; }
    if (opts.where?.isGameover !== undefined) { where.push('gameover = @gameover'); params.gameover = opts.where.isGameover ? 1 : 0; }
    if (opts.where?.updatedBefore !== undefined) { where.push('updated_at < @before'); params.before = opts.where.updatedBefore; }
    if (opts.where?.updatedAfter !== undefined) { where.push('updated_at > @after'); params.after = opts.where.updatedAfter; }
    const sql = `SELECT id, created_at AS at FROM matches ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at, id`;
    const rows = this.shards.flatMap(({ db }) => db.prepare(sql).all(params) as { id: string; at: number }[]);
    if (this.shards.length > 1) rows.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return rows.map((r) => r.id);
  }

  /** The schema version the database is at (for tests and diagnostics). */
  schemaVersion(): number {
    return ((this.shards[0] as Shard).db.prepare('SELECT MAX(version) AS v FROM schema_version').get() as { v: number }).v;
  }

  /** How many matches are held in memory (for tests). */
  cachedMatches(): number {
    return this.live.size;
  }

  /** A match as stored, from memory or else from disk; the most recently used stay in memory. */
  private load(matchID: string): Live | undefined {
    const cached = this.live.get(matchID);
    if (cached) {
      this.live.delete(matchID);
      this.live.set(matchID, cached);
      return cached;
    }
    const { stmt } = this.shardOf(matchID);
    const row = stmt.get.get(matchID) as { metadata: string; state: string; pages: number | null; updated_at: number } | undefined;
    if (!row) return undefined;
    let pages: Page[] | null = null;
    if (row.pages !== null) {
      const rows = stmt.pages.all(matchID) as { page: number; entries: string }[];
      pages = rows.map((r) => deepFreeze(JSON.parse(r.entries) as Page));
      if (pages.length !== row.pages || rows.some((r, i) => r.page !== i)) {
        throw new Error(`match ${matchID}: its state has ${row.pages} log pages but ${rows.length} are stored`);
      }
    }
    const { updatedAt, ...rest } = JSON.parse(row.metadata) as Server.MatchData;
    const live: Live = {
      state: row.state,
      pages,
      meta: JSON.stringify(rest),
      // a skipped metadata write left its time in the row's updated_at
      updatedAt: updatedAt === undefined ? undefined : Math.max(updatedAt, row.updated_at),
      stateWrittenAt: row.updated_at,
    };
    if (!this.cacheable(matchID)) return live;
    this.live.set(matchID, live);
    if (this.live.size > this.cacheSize) this.live.delete(this.live.keys().next().value as string);
    return live;
  }
}

/** The state's JSON with G.history emptied, and the pages taken out; or the whole state. */
function split(state: State): { json: string; history: unknown[] | null } {
  const G = state.G as { history?: unknown } | null;
  if (!G || typeof G !== 'object' || !Array.isArray(G.history)) return { json: JSON.stringify(state), history: null };
  return { json: JSON.stringify({ ...state, G: { ...G, history: [] } }), history: G.history };
}

/** A fresh copy of the stored state, its pages put back (shared, frozen). */
function stateOf(live: Live): State {
  if (typeof live.state !== 'string') {
    const { G, deltalog: _, ...rest } = live.state;
    return { ...cloneJson(rest), G } as State;
  }
  const state = JSON.parse(live.state) as State;
  if (live.pages) (state.G as { history: unknown[] }).history = live.pages.slice();
  return state;
}

function cloneJson<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(cloneJson) as T;
  const out: Record<string, unknown> = {};
  for (const key in value) if ((value as Record<string, unknown>)[key] !== undefined) out[key] = cloneJson((value as Record<string, unknown>)[key]);
  return out as T;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
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

/** Opens (making it if need be) and migrates one file of the store. */
function openDatabase(file: string): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  migrate(db);
  return db;
}

function prepare(db: Database.Database) {
  return {
    create: db.prepare('INSERT INTO matches (id, game_name, metadata, state, initial_state, gameover, created_at, updated_at) VALUES (@id, @gameName, @metadata, @state, @state, 0, @now, @now)'),
    setState: db.prepare('UPDATE matches SET state = @state, pages = @pages, gameover = @gameover, updated_at = @now WHERE id = @id'),
    appendLog: db.prepare('INSERT INTO log (match_id, seq, entry) VALUES (@id, (SELECT COALESCE(MAX(seq), -1) + 1 FROM log WHERE match_id = @id), @entry)'),
    putPage: db.prepare('INSERT OR REPLACE INTO log_pages (match_id, page, entries) VALUES (?, ?, ?)'),
    dropPagesFrom: db.prepare('DELETE FROM log_pages WHERE match_id = ? AND page >= ?'),
    setMetadata: db.prepare('UPDATE matches SET metadata = @metadata, gameover = @gameover, updated_at = @now WHERE id = @id'),
    get: db.prepare('SELECT metadata, state, pages, updated_at FROM matches WHERE id = ?'),
    pages: db.prepare('SELECT page, entries FROM log_pages WHERE match_id = ? ORDER BY page'),
    initialState: db.prepare('SELECT initial_state FROM matches WHERE id = ?'),
    log: db.prepare('SELECT entry FROM log WHERE match_id = ? ORDER BY seq'),
    wipeLog: db.prepare('DELETE FROM log WHERE match_id = ?'),
    wipePages: db.prepare('DELETE FROM log_pages WHERE match_id = ?'),
    wipe: db.prepare('DELETE FROM matches WHERE id = ?'),
  };
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
