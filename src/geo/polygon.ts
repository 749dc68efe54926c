// Planar polygon helpers over flat rings ([x0, y0, x1, y1, …], design pixels).

/** Signed area (shoelace); positive when the ring turns clockwise on screen (y down). */
export function ringArea(ring: ArrayLike<number>): number {
  let s = 0;
  const n = ring.length;
  for (let i = 0; i < n; i += 2) {
    const j = (i + 2) % n;
    s += ring[i]! * ring[j + 1]! - ring[j]! * ring[i + 1]!;
  }
  return s / 2;
}

/** Even-odd point-in-ring test. */
export function pointInRing(x: number, y: number, ring: ArrayLike<number>): boolean {
  let inside = false;
  const n = ring.length;
  for (let i = 0, j = n - 2; i < n; j = i, i += 2) {
    const xi = ring[i]!;
    const yi = ring[i + 1]!;
    const xj = ring[j]!;
    const yj = ring[j + 1]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** A polygon is an exterior ring followed by its holes. */
export function pointInPolygon(x: number, y: number, rings: ReadonlyArray<ArrayLike<number>>): boolean {
  const [outer, ...holes] = rings;
  if (!outer || !pointInRing(x, y, outer)) return false;
  return !holes.some((h) => pointInRing(x, y, h));
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export function ringBox(ring: ArrayLike<number>): Box {
  const b = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  for (let i = 0; i < ring.length; i += 2) {
    const x = ring[i]!;
    const y = ring[i + 1]!;
    if (x < b.x0) b.x0 = x;
    if (x > b.x1) b.x1 = x;
    if (y < b.y0) b.y0 = y;
    if (y > b.y1) b.y1 = y;
  }
  return b;
}

export const inBox = (x: number, y: number, b: Box, pad = 0): boolean =>
  x >= b.x0 - pad && x <= b.x1 + pad && y >= b.y0 - pad && y <= b.y1 + pad;
