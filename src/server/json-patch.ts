// A JSON Patch (RFC 6902, what boardgame.io's client applies) from one JSON value to another.
// Values shared by reference are skipped at once: a move shares the log's entries with the
// state before it. An object or array goes whole when that is shorter than its changes (a new
// round's log, a hand that lost a card in the middle, every hand's count); an array that grew
// or shrank at its end gets adds and removes.
//
// Several seats' views of one move share most of their subtrees (every view spreads the same
// state): a `PatchMemo` shared by their patches computes the ops of a pair of containers at a
// path once, and the next seat's patch reuses them.
//
// A value JSON has no text for (a function, as a plugin's API left in a state) is taken as
// JSON.stringify takes it: absent from an object, null in an array.
import { hasNoJson, jsonLengthWithin } from './json-size';

export type PatchOp = { op: 'add' | 'replace'; path: string; value: unknown } | { op: 'remove'; path: string };

type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);
const token = (key: string) => (key.includes('~') || key.includes('/') ? key.replace(/~/g, '~0').replace(/\//g, '~1') : key);

/** Patches of one pair of containers at one path, for reuse (containers up to MEMO_DEPTH deep). */
export class PatchMemo {
  readonly byFrom = new Map<object, { to: unknown; path: string; ops: PatchOp[] }[]>();
}
const MEMO_DEPTH = 4;

export function jsonPatch(from: unknown, to: unknown, memo?: PatchMemo): PatchOp[] {
  const ops: PatchOp[] = [];
  walk(from, to, '', ops, memo, 0);
  return ops;
}

function walk(a: unknown, b: unknown, path: string, ops: PatchOp[], memo: PatchMemo | undefined, depth: number): void {
  if (a === b) return;
  const objectPair = isObject(a) && isObject(b);
  if (!objectPair && !(Array.isArray(a) && Array.isArray(b))) {
    ops.push({ op: 'replace', path, value: b });
    return;
  }
  const remember = memo && depth > 0 && depth <= MEMO_DEPTH;
  const seen = remember ? memo.byFrom.get(a as object) : undefined;
  const hit = seen?.find((m) => m.to === b && m.path === path);
  if (hit) {
    for (const op of hit.ops) ops.push(op);
    return;
  }
  const start = ops.length;
  if (objectPair) objects(a as Json, b as Json, path, ops, memo, depth + 1);
  else arrays(a as unknown[], b as unknown[], path, ops, memo, depth + 1);
  if (remember) {
    const entry = { to: b, path, ops: ops.slice(start) };
    if (seen) seen.push(entry);
    else memo.byFrom.set(a as object, [entry]);
  }
}

function objects(a: Json, b: Json, path: string, ops: PatchOp[], memo: PatchMemo | undefined, depth: number): void {
  const own: PatchOp[] = [];
  // A key holding undefined (or a function) is absent in JSON.
  for (const key of Object.keys(a)) {
    if (!hasNoJson(a[key]) && hasNoJson(b[key])) own.push({ op: 'remove', path: `${path}/${token(key)}` });
  }
  for (const key of Object.keys(b)) {
    const next = b[key];
    const prev = a[key];
    // most of a state is the same from one move to the next: no path is made for it
    if (hasNoJson(next) || prev === next) continue;
    if (hasNoJson(prev)) own.push({ op: 'add', path: `${path}/${token(key)}`, value: next });
    else walk(prev, next, `${path}/${token(key)}`, own, memo, depth);
  }
  settle(own, b, path, ops);
}

/** An array's item as JSON has it. */
const item = (x: unknown) => (hasNoJson(x) ? null : x);

function arrays(a: unknown[], b: unknown[], path: string, ops: PatchOp[], memo: PatchMemo | undefined, depth: number): void {
  const own: PatchOp[] = [];
  const common = Math.min(a.length, b.length);
  for (let i = 0; i < common; i++) if (a[i] !== b[i]) walk(item(a[i]), item(b[i]), `${path}/${i}`, own, memo, depth);
  for (let i = common; i < b.length; i++) own.push({ op: 'add', path: `${path}/${i}`, value: item(b[i]) });
  // from the end, so that each index is still there when its turn comes
  for (let i = a.length - 1; i >= common; i--) own.push({ op: 'remove', path: `${path}/${i}` });
  settle(own, b, path, ops);
}

/** Keeps a container's own ops, or replaces it whole when that is shorter (counted only up to
 *  the ops' length: a container as large as the whole state is not serialised to learn that). */
function settle(own: PatchOp[], b: unknown, path: string, ops: PatchOp[]): void {
  if (path !== '' && own.length > 1) {
    const ownLength = JSON.stringify(own).length;
    const whole: PatchOp = { op: 'replace', path, value: b };
    if (jsonLengthWithin(whole, ownLength) !== undefined) {
      ops.push(whole);
      return;
    }
  }
  for (const op of own) ops.push(op);
}
