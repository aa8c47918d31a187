import { createHmac, randomBytes } from 'node:crypto';

/** Options for {@link createRateLimiter}. */
export interface RateLimitOptions {
  /** Requests a client may make per minute on average (default 600). */
  perMinute?: number;
  /** Requests a client may make in a burst (default `perMinute`). */
  burst?: number;
  /** How many clients are tracked at most before the oldest are forgotten (default 100,000). */
  maxClients?: number;
}

/**
 * A token bucket per client. The client (its IP address) is never stored: buckets are keyed by
 * an HMAC of the address under a random key that lives only in this process's memory and is
 * replaced every 24 hours together with all buckets, so no key can be linked back to an address
 * once the process ends or the day turns.
 *
 * @returns `allow(client)`: 0 when the request may proceed, else the seconds to wait.
 */
export function createRateLimiter(options: RateLimitOptions = {}, now: () => number = Date.now): (client: string) => number {
  const rate = (options.perMinute ?? 600) / 60_000; // tokens per ms
  const burst = options.burst ?? options.perMinute ?? 600;
  const maxClients = options.maxClients ?? 100_000;
  let salt = randomBytes(32);
  let saltSince = now();
  const buckets = new Map<string, { tokens: number; at: number }>();

  return (client) => {
    const t = now();
    if (t - saltSince > 86_400_000) {
      salt = randomBytes(32);
      saltSince = t;
      buckets.clear();
    }
    const key = createHmac('sha256', salt).update(client).digest('base64url').slice(0, 22);
    let bucket = buckets.get(key);
    if (bucket) {
      buckets.delete(key); // re-inserted below: Map order is then least recently used first
      bucket.tokens = Math.min(burst, bucket.tokens + (t - bucket.at) * rate);
      bucket.at = t;
    } else {
      bucket = { tokens: burst, at: t };
      if (buckets.size >= maxClients) buckets.delete(buckets.keys().next().value!);
    }
    buckets.set(key, bucket);
    if (bucket.tokens < 1) return Math.max(1, Math.ceil((1 - bucket.tokens) / rate / 1000));
    bucket.tokens -= 1;
    return 0;
  };
}
