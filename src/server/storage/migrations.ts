// The SQLite schema, one migration per version, never edited once released: add a new entry.
export const MIGRATIONS: readonly string[] = [
  // 1: matches with their latest state and metadata; the log appended row by row.
  `CREATE TABLE matches (
     id TEXT PRIMARY KEY,
     game_name TEXT NOT NULL,
     metadata TEXT NOT NULL,
     state TEXT NOT NULL,
     initial_state TEXT NOT NULL,
     gameover INTEGER NOT NULL DEFAULT 0,
     created_at INTEGER NOT NULL,
     updated_at INTEGER NOT NULL
   );
   CREATE INDEX matches_by_game ON matches (game_name, gameover, updated_at);
   CREATE TABLE log (
     match_id TEXT NOT NULL REFERENCES matches (id) ON DELETE CASCADE,
     seq INTEGER NOT NULL,
     entry TEXT NOT NULL,
     PRIMARY KEY (match_id, seq)
   );`,
];
