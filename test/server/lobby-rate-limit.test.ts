import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/server/lobby/rate-limit';

describe('rate limiter (token bucket per address)', () => {
  it('allows a burst, then one request per 60/perMinute seconds', () => {
    let now = 0;
    const limiter = new RateLimiter(6, () => now);
    for (let i = 0; i < 6; i++) expect(limiter.take('a')).toBe(0);
    expect(limiter.take('a')).toBe(10);
    expect(limiter.take('b')).toBe(0);
    now += 9_000;
    expect(limiter.take('a')).toBe(1);
    now += 1_000;
    expect(limiter.take('a')).toBe(0);
    expect(limiter.take('a')).toBe(10);
  });
});
