import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../../db/locks';
import type { Database } from '../../db/schema';

/**
 * After a bulk load (the bench's 100,000 postings, a large import): merge the FTS5 index's
 * segments and checkpoint the write-ahead log on SQLite, and refresh the planner's
 * statistics on both engines, so search keeps choosing its indexes.
 */
export async function refreshSearchIndex(db: Kysely<Database>): Promise<void> {
  if (isPostgres(db)) {
    await sql`analyze job_postings`.execute(db);
    await sql`analyze employers`.execute(db);
    return;
  }
  await sql`insert into job_posting_search (job_posting_search) values ('optimize')`.execute(db);
  await sql`analyze`.execute(db);
  // Fold the load out of the write-ahead log, so readers do not search a huge log page by page.
  await sql`pragma wal_checkpoint(truncate)`.execute(db);
}
