// A token bucket per client (an address, a socket): a burst of `burst` requests (`perMinute` by
// default), then one more each 60/perMinute seconds. Buckets that have filled up again are
// forgotten, so memory follows the clients seen lately, not all clients ever seen.
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly perMs: number;

  constructor(perMinute: number, private readonly now: () => number = Date.now, private readonly burst = perMinute) {
    this.perMs = perMinute / 60_000;
  }

  /** Takes one token for `key`: 0 when allowed, else the seconds to wait before trying again. */
  take(key: string): number {
    const now = this.now();
    if (this.buckets.size > 10_000) this.forgetFull(now);
    const bucket = this.buckets.get(key) ?? { tokens: this.burst, at: now };
    bucket.tokens = Math.min(this.burst, bucket.tokens + (now - bucket.at) * this.perMs);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1000));
  }

  private forgetFull(now: number): void {
    for (const [key, b] of this.buckets) if (b.tokens + (now - b.at) * this.perMs >= this.burst) this.buckets.delete(key);
  }
}
