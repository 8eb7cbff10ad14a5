import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import * as foundation from './migrations/001-foundation';
import * as clinic from './migrations/002-clinic';
import type { Database } from './schema';

/** Migrations are listed in code so the cloud-function bundle carries them without a file system scan. */
const MIGRATIONS: Record<string, Migration> = {
  '001-foundation': foundation,
  '002-clinic': clinic,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
