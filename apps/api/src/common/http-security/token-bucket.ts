/**
 * In-process token buckets by key: `capacity` requests at once, refilled evenly so that
 * `capacity` more are allowed per `refillMs`. Idle full buckets are dropped so the map stays
 * small. One process only: several API processes would each allow the full rate.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; updatedAt: number }>();

  constructor(
    private readonly capacity: number,
    private readonly refillMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one token; returns 0 when allowed, else the milliseconds until one is available. */
  take(key: string): number {
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.capacity, updatedAt: now };
    const refilled = Math.min(
      this.capacity,
      bucket.tokens + ((now - bucket.updatedAt) * this.capacity) / this.refillMs,
    );
    if (refilled < 1) {
      this.buckets.set(key, { tokens: refilled, updatedAt: now });
      return Math.ceil(((1 - refilled) * this.refillMs) / this.capacity);
    }
    this.buckets.set(key, { tokens: refilled - 1, updatedAt: now });
    if (this.buckets.size > 10_000) this.dropFull(now);
    return 0;
  }

  private dropFull(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (
        bucket.tokens + ((now - bucket.updatedAt) * this.capacity) / this.refillMs >=
        this.capacity
      ) {
        this.buckets.delete(key);
      }
    }
  }
}
