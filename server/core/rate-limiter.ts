/**
 * Per-account limit on mutations over a sliding window. Kept in memory: each host process
 * counts its own calls, which bounds abuse of one instance without a round trip per call.
 */
export interface RateLimiter {
  /** Records one call; false when the account has used up its window. */
  tryTake(key: string, now: Date): boolean;
}

export function slidingWindowLimiter(limit: number, windowSeconds: number): RateLimiter {
  const calls = new Map<string, number[]>();
  const windowMs = windowSeconds * 1000;
  return {
    tryTake(key, now) {
      if (limit === 0) return true; // 0 turns the limit off
      const t = now.getTime();
      const recent = (calls.get(key) ?? []).filter((at) => at > t - windowMs);
      if (recent.length >= limit) {
        calls.set(key, recent);
        return false;
      }
      recent.push(t);
      calls.set(key, recent);
      if (calls.size > 10_000) {
        for (const [k, v] of calls) if (!v.some((at) => at > t - windowMs)) calls.delete(k);
      }
      return true;
    },
  };
}
