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
  // 2: earlier rounds' log pages (G.history) apart from the state, written once each; the
  // state keeps an empty G.history and `pages` says how many rows make it up (NULL: a state
  // with no such pages, kept whole).
  `CREATE TABLE log_pages (
     match_id TEXT NOT NULL REFERENCES matches (id) ON DELETE CASCADE,
     page INTEGER NOT NULL,
     entries TEXT NOT NULL,
     PRIMARY KEY (match_id, page)
   );
   ALTER TABLE matches ADD COLUMN pages INTEGER;
   INSERT INTO log_pages (match_id, page, entries)
     SELECT m.id, CAST(h.key AS INTEGER), h.value FROM matches m, json_each(m.state, '$.G.history') h
     WHERE json_type(m.state, '$.G.history') = 'array';
   UPDATE matches SET pages = json_array_length(state, '$.G.history'), state = json_set(state, '$.G.history', json('[]'))
     WHERE json_type(state, '$.G.history') = 'array';`,
];
