// Alliance links drawn as quadratic curves between capitals, in projected (design-pixel) space.
import type { XY } from './projection';

export interface CurveOptions {
  /** how far the curve bows out, as a fraction of the chord's length (default 0.16) */
  bend?: number;
  /** 0 for the first link between a pair, 1, 2… for more links between the same two capitals */
  lane?: number;
  /** extra bow per lane, as a fraction of the chord (default 0.07) */
  laneStep?: number;
}

/**
 * The control point of a quadratic curve from `a` to `b`. The curve always bows to the north side
 * of the chord (screen up), so a link drawn a→b and b→a is the same curve, and several links
 * between the same pair fan out by lane instead of lying on top of each other.
 */
export function linkControlPoint(a: XY, b: XY, options: CurveOptions = {}): XY {
  const { bend = 0.16, lane = 0, laneStep = 0.07 } = options;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.hypot(dx, dy);
  const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  if (len === 0) return mid;
  // the unit normal with y ≤ 0 (north); for a vertical chord, the one pointing west
  let nx = -dy / len;
  let ny = dx / len;
  if (ny > 0 || (ny === 0 && nx > 0)) {
    nx = -nx;
    ny = -ny;
  }
  const k = len * (bend + lane * laneStep);
  return { x: mid.x + nx * k, y: mid.y + ny * k };
}

/** The point at t ∈ [0, 1] on the quadratic curve a → (control c) → b. */
export function quadraticAt(a: XY, c: XY, b: XY, t: number): XY {
  const u = 1 - t;
  return { x: u * u * a.x + 2 * u * t * c.x + t * t * b.x, y: u * u * a.y + 2 * u * t * c.y + t * t * b.y };
}

/** n + 1 points along the curve, ends included. */
export function sampleQuadratic(a: XY, c: XY, b: XY, n = 24): XY[] {
  return Array.from({ length: n + 1 }, (_, i) => quadraticAt(a, c, b, i / n));
}

/** Distance from p to the curve (through a polyline of `n` segments; good to a fraction of a pixel). */
export function distanceToQuadratic(p: XY, a: XY, c: XY, b: XY, n = 32): number {
  const pts = sampleQuadratic(a, c, b, n);
  let best = Infinity;
  for (let i = 1; i < pts.length; i++) best = Math.min(best, distanceToSegment(p, pts[i - 1]!, pts[i]!));
  return best;
}

export function distanceToSegment(p: XY, a: XY, b: XY): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const l2 = dx * dx + dy * dy;
  const t = l2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / l2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/**
 * Which pairs of members a link joins: two members, one curve; three, a triangle; more, a ring
 * around them in angular order (a Quad of four is drawn as four sides, not six crossing chords).
 * Pairs come back with their ids sorted, so a pair has one canonical direction.
 */
export function memberPairs<T extends { id: string } & XY>(members: readonly T[]): Array<[T, T]> {
  const sortPair = (p: T, q: T): [T, T] => (p.id < q.id ? [p, q] : [q, p]);
  if (members.length < 2) return [];
  if (members.length === 2) return [sortPair(members[0]!, members[1]!)];
  const cx = members.reduce((s, m) => s + m.x, 0) / members.length;
  const cy = members.reduce((s, m) => s + m.y, 0) / members.length;
  const ring = [...members].sort((p, q) => Math.atan2(p.y - cy, p.x - cx) - Math.atan2(q.y - cy, q.x - cx) || (p.id < q.id ? -1 : 1));
  return ring.map((m, i) => sortPair(m, ring[(i + 1) % ring.length]!));
}
