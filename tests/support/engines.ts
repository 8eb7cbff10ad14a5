/**
 * The engines an integration suite runs on: SQLite always, PostgreSQL when DATABASE_URL
 * is set. Without it the PostgreSQL run is skipped loudly; with CI=true it is required.
 */
export type EngineName = 'sqlite' | 'postgres';

export function availableEngines(): EngineName[] {
  if (process.env.DATABASE_URL) return ['sqlite', 'postgres'];
  const message = 'DATABASE_URL is not set: the PostgreSQL run of the API suite is SKIPPED. Set DATABASE_URL=postgres://… to run it.';
  if (process.env.CI === 'true') throw new Error(`${message} (CI=true requires it)`);
  if (!(globalThis as Record<string, unknown>).__pgSkipWarned) {
    (globalThis as Record<string, unknown>).__pgSkipWarned = true;
    console.warn(`\n*** ${message} ***\n`);
  }
  return ['sqlite'];
}
