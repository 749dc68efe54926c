// A move's G shares with the G before it every part the move did not change. The rules copy G
// whole before they apply a move (src/game/game.ts: simple and safe), so without this every
// object of the new state is new: each seat's patch then walks the whole state to find the few
// values that changed, and immer freezes every object again. Shared by reference, unchanged
// parts are skipped at once by both. Nothing writes a state in place once a move has returned
// (boardgame.io's flow goes through immer), so sharing is safe.

type Json = Record<string, unknown>;
const isContainer = (x: unknown): x is Json | unknown[] => typeof x === 'object' && x !== null;

/**
 * `next` with each subtree equal to `before`'s at the same place replaced by `before`'s; `before`
 * itself when they are equal throughout. Writes into `next`'s own containers (never `before`'s),
 * except frozen ones, which are taken as they are.
 */
export function reshare<T>(before: T, next: T): T {
  return share(before, next) as T;
}

function share(a: unknown, b: unknown): unknown {
  if (a === b || !isContainer(a) || !isContainer(b) || Array.isArray(a) !== Array.isArray(b)) return b;
  const writable = !Object.isFrozen(b);
  let same = true;
  if (Array.isArray(b)) {
    const from = a as unknown[];
    if (from.length !== b.length) same = false;
    for (let i = 0; i < b.length; i++) {
      const v = i < from.length ? share(from[i], b[i]) : b[i];
      if (v !== from[i]) same = false;
      else if (writable) b[i] = v;
    }
  } else {
    const from = a as Json;
    const keys = Object.keys(b);
    if (keys.length !== Object.keys(from).length) same = false;
    for (const key of keys) {
      const v = key in from ? share(from[key], b[key]) : b[key];
      if (v !== from[key] || !(key in from)) same = false;
      else if (writable) (b as Json)[key] = v;
    }
  }
  return same ? a : b;
}
