// A JSON Patch (RFC 6902, what boardgame.io's client applies) from one JSON value to another.
// Values shared by reference are skipped at once: a move shares the log's entries with the
// state before it. An array that mostly changed is replaced whole (a new round's log, a hand
// that lost a card in the middle), an array that grew or shrank at its end gets adds/removes.
export type PatchOp = { op: 'add' | 'replace'; path: string; value: unknown } | { op: 'remove'; path: string };

type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);
const token = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

export function jsonPatch(from: unknown, to: unknown): PatchOp[] {
  const ops: PatchOp[] = [];
  walk(from, to, '', ops);
  return ops;
}

function walk(a: unknown, b: unknown, path: string, ops: PatchOp[]): void {
  if (a === b) return;
  if (isObject(a) && isObject(b)) return objects(a, b, path, ops);
  if (Array.isArray(a) && Array.isArray(b)) return arrays(a, b, path, ops);
  ops.push({ op: 'replace', path, value: b });
}

function objects(a: Json, b: Json, path: string, ops: PatchOp[]): void {
  // A key holding undefined is absent in JSON.
  for (const key of Object.keys(a)) {
    if (a[key] !== undefined && b[key] === undefined) ops.push({ op: 'remove', path: `${path}/${token(key)}` });
  }
  for (const key of Object.keys(b)) {
    const next = b[key];
    if (next === undefined) continue;
    if (a[key] === undefined) ops.push({ op: 'add', path: `${path}/${token(key)}`, value: next });
    else walk(a[key], next, `${path}/${token(key)}`, ops);
  }
}

function arrays(a: unknown[], b: unknown[], path: string, ops: PatchOp[]): void {
  const own: PatchOp[] = [];
  const common = Math.min(a.length, b.length);
  for (let i = 0; i < common; i++) walk(a[i], b[i], `${path}/${i}`, own);
  for (let i = common; i < b.length; i++) own.push({ op: 'add', path: `${path}/${i}`, value: b[i] });
  // from the end, so that each index is still there when its turn comes
  for (let i = a.length - 1; i >= common; i--) own.push({ op: 'remove', path: `${path}/${i}` });
  if (own.length > 1 && own.length * 2 > b.length) ops.push({ op: 'replace', path, value: b });
  else ops.push(...own);
}
