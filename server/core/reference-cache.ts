/**
 * Reference data (hospitals, departments, stations, canteens…) changes only with a seed or
 * a migration, so a host keeps what it read for a minute instead of asking the database on
 * every call. Never used for anything a resident or staff action changes.
 */
export interface ReferenceCache {
  get<T>(key: string, load: () => Promise<T>): Promise<T>;
  clear(): void;
}

export function referenceCache(ttlMs = 60_000, maxEntries = 2000): ReferenceCache {
  const entries = new Map<string, { until: number; value: Promise<unknown> }>();
  return {
    get<T>(key: string, load: () => Promise<T>): Promise<T> {
      const now = Date.now();
      const hit = entries.get(key);
      if (hit && hit.until > now) return hit.value as Promise<T>;
      if (entries.size >= maxEntries) entries.clear();
      const value = load();
      entries.set(key, { until: now + ttlMs, value });
      // A failed read is not remembered.
      value.catch(() => entries.delete(key));
      return value;
    },
    clear: () => entries.clear(),
  };
}
