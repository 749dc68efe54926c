// How long a value is as JSON (the length of JSON.stringify's text), measured without writing
// it and without recursion: a client's packet may be nested 400,000 deep (JSON.stringify
// overflows the stack), and counting stops past the limit, so the work is bounded by the limit,
// not by the value. A value JSON has no text for counts as JSON.stringify writes it: left out of
// an object, null in an array. (No toJSON is called: neither a state nor a packet the guard
// lets through holds one.)

/** A value that JSON.stringify leaves out of an object and writes as null in an array. */
export const hasNoJson = (x: unknown): boolean => x === undefined || typeof x === 'function' || typeof x === 'symbol';

/** The length of `value` as JSON if it is at most `limit`, else undefined; undefined too for a
 *  value JSON cannot write at all (a bigint: JSON.stringify throws). Never throws. */
export function jsonLengthWithin(value: unknown, limit: number): number | undefined {
  let length = 0;
  const pending: unknown[] = [hasNoJson(value) ? null : value];
  while (pending.length > 0) {
    const x = pending.pop();
    if (Array.isArray(x)) {
      length += 1 + Math.max(x.length, 1);
      if (length > limit) return undefined;
      for (const item of x) pending.push(hasNoJson(item) ? null : item);
    } else if (typeof x === 'object' && x !== null) {
      length += 2;
      let first = true;
      for (const key of Object.keys(x)) {
        const member = (x as Record<string, unknown>)[key];
        if (hasNoJson(member)) continue;
        // escaping only lengthens a text: one too long as it is need not be escaped
        if (length + key.length + 3 > limit) return undefined;
        length += JSON.stringify(key).length + (first ? 1 : 2);
        first = false;
        pending.push(member);
      }
    } else if (typeof x === 'string') {
      if (length + x.length + 2 > limit) return undefined;
      length += JSON.stringify(x).length;
    } else if (typeof x === 'bigint') {
      return undefined;
    } else {
      length += JSON.stringify(x).length;
    }
    if (length > limit) return undefined;
  }
  return length;
}
