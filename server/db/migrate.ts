import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { MigrationContext, ServiceModule } from '../core/service-module';
import * as foundation from './migrations/001-foundation';
import * as clinic from './migrations/002-clinic';
import { privacyMigration } from './migrations/003-privacy';
import { kitMigration } from './migrations/004-kit';
import type { Database } from './schema';

/** The shared schema: accounts, members, messages, places, and the kit's tables. */
const coreMigrations = (ctx: MigrationContext): Record<string, Migration> => ({
  '001-foundation': foundation,
  // 002 predates service modules; the clinic's later migrations live with its module.
  '002-clinic': clinic,
  '003-privacy': privacyMigration(ctx),
  '004-kit': kitMigration,
});

/**
 * Every module's migrations, applied in name order. Listed in code (not read from a
 * folder) so a cloud-function bundle carries them.
 */
export function allMigrations(modules: ServiceModule[], ctx: MigrationContext): Record<string, Migration> {
  const merged: Record<string, Migration> = { ...coreMigrations(ctx) };
  for (const module of modules) {
    for (const [name, migration] of Object.entries(module.migrations?.(ctx) ?? {})) {
      if (merged[name]) throw new Error(`migration ${name} is defined twice`);
      merged[name] = migration;
    }
  }
  return merged;
}

export async function migrateToLatest(db: Kysely<Database>, modules: ServiceModule[], ctx: MigrationContext): Promise<void> {
  const provider: MigrationProvider = { getMigrations: async () => allMigrations(modules, ctx) };
  // Services are built side by side: a migration of one may sort before another's already applied.
  const migrator = new Migrator({ db, provider, allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
