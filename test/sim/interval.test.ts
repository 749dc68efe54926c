import { describe, expect, it } from 'vitest';
import { pairedDifference, wilson } from '../../src/sim/interval';

describe('Wilson interval', () => {
  it('matches the textbook value for 50 of 100', () => {
    const r = wilson(50, 100);
    expect(r.lo).toBeCloseTo(0.4038, 3);
    expect(r.hi).toBeCloseTo(0.5962, 3);
  });
  it('stays inside 0..1 at the edges, where the normal approximation would not', () => {
    const none = wilson(0, 20);
    expect(none.lo).toBe(0);
    expect(none.hi).toBeGreaterThan(0.1);
    const all = wilson(20, 20);
    expect(all.hi).toBe(1);
    expect(all.lo).toBeLessThan(0.9);
  });
  it('narrows as the games add up', () => {
    const width = (n: number) => { const r = wilson(n / 2, n); return r.hi - r.lo; };
    expect(width(2000)).toBeLessThan(width(200) / 3);
  });
});

describe('paired difference', () => {
  it('is the mean difference, with an interval that excludes 0 for a clear effect', () => {
    const d = pairedDifference([...Array(80).fill(1), ...Array(20).fill(0)]);
    expect(d.mean).toBeCloseTo(0.8);
    expect(d.lo).toBeGreaterThan(0.7);
    expect(d.hi).toBeLessThan(0.9);
  });
  it('is centred on 0 when the effects cancel', () => {
    const d = pairedDifference([1, -1, 1, -1, 0, 0]);
    expect(d.mean).toBe(0);
    expect(d.lo).toBeLessThan(0);
    expect(d.hi).toBeGreaterThan(0);
  });
});
