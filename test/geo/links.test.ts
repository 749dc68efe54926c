// Alliance-link curves: quadratic curves between capitals in projected space.
import { describe, expect, it } from 'vitest';
import { distanceToQuadratic, linkControlPoint, memberPairs, quadraticAt, sampleQuadratic } from '../../src/geo/links';

describe('linkControlPoint', () => {
  const a = { x: 100, y: 500 };
  const b = { x: 900, y: 500 };

  it('bows north of the chord, by a fraction of its length', () => {
    const c = linkControlPoint(a, b);
    expect(c.x).toBeCloseTo(500);
    expect(c.y).toBeCloseTo(500 - 0.16 * 800);
  });

  it('is the same curve whichever end comes first', () => {
    for (const [p, q] of [[a, b], [{ x: 10, y: 20 }, { x: 400, y: 900 }], [{ x: 50, y: 50 }, { x: 50, y: 700 }]] as const) {
      const c1 = linkControlPoint(p, q);
      const c2 = linkControlPoint(q, p);
      expect(c1.x).toBeCloseTo(c2.x, 9);
      expect(c1.y).toBeCloseTo(c2.y, 9);
    }
  });

  it('fans out further lanes between the same pair', () => {
    const c0 = linkControlPoint(a, b, { lane: 0 });
    const c1 = linkControlPoint(a, b, { lane: 1 });
    const c2 = linkControlPoint(a, b, { lane: 2 });
    expect(c1.y).toBeLessThan(c0.y);
    expect(c2.y).toBeLessThan(c1.y);
  });

  it('degenerates to the point for a zero-length chord', () => {
    expect(linkControlPoint(a, a)).toEqual(a);
  });
});

describe('quadratic curves', () => {
  const a = { x: 0, y: 0 };
  const c = { x: 50, y: -40 };
  const b = { x: 100, y: 0 };
  it('start and end at the capitals', () => {
    expect(quadraticAt(a, c, b, 0)).toEqual(a);
    expect(quadraticAt(a, c, b, 1)).toEqual(b);
    expect(sampleQuadratic(a, c, b, 10)).toHaveLength(11);
  });
  it('measure distance to a point', () => {
    expect(distanceToQuadratic(a, a, c, b)).toBeCloseTo(0);
    expect(distanceToQuadratic({ x: 50, y: -20 }, a, c, b)).toBeLessThan(0.5); // the apex is at y = -20
    expect(distanceToQuadratic({ x: 50, y: 30 }, a, c, b)).toBeGreaterThan(45);
  });
});

describe('memberPairs', () => {
  const at = (id: string, x: number, y: number) => ({ id, x, y });
  it('joins two members once and three as a triangle', () => {
    expect(memberPairs([at('US', 0, 0), at('JP', 1, 1)]).map(([p, q]) => `${p.id}-${q.id}`)).toEqual(['JP-US']);
    expect(memberPairs([at('US', 0, 0), at('JP', 10, 0), at('KR', 5, 8)])).toHaveLength(3);
  });
  it('draws four or more as a ring without crossing chords', () => {
    // a square given in a crossing order
    const quad = [at('US', 0, 0), at('JP', 10, 10), at('AU', 10, 0), at('IN', 0, 10)];
    const pairs = memberPairs(quad);
    expect(pairs).toHaveLength(4);
    const degree = new Map<string, number>();
    for (const [p, q] of pairs) for (const m of [p, q]) degree.set(m.id, (degree.get(m.id) ?? 0) + 1);
    expect([...degree.values()]).toEqual([2, 2, 2, 2]);
    // no diagonal: US (0,0)–JP (10,10) and AU (10,0)–IN (0,10) are not joined
    const keys = pairs.map(([p, q]) => `${p.id}-${q.id}`);
    expect(keys).not.toContain('JP-US');
    expect(keys).not.toContain('AU-IN');
  });
  it('returns nothing for fewer than two members', () => {
    expect(memberPairs([at('US', 0, 0)])).toEqual([]);
  });
});
