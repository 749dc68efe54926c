// G is plain JSON: arrays, objects, strings, numbers, booleans, null. A copy that knows this
// is several times faster than JSON or structuredClone on the few kilobytes of a state; testing
// each value before the call (not inside it) saves a call per string and number, most of a state.
export function cloneJson<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  return copyTree(value) as T;
}

function copyTree(value: object): unknown {
  if (Array.isArray(value)) {
    const out = new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      out[i] = typeof v !== 'object' || v === null ? v : copyTree(v);
    }
    return out;
  }
  const out: Record<string, unknown> = {};
  for (const key in value) {
    const v: unknown = (value as Record<string, unknown>)[key];
    out[key] = typeof v !== 'object' || v === null ? v : copyTree(v);
  }
  return out;
}
