import type { Kysely, Migration } from 'kysely';

/**
 * The kit's tables: one timeline of status moves for every service's records, uploaded
 * files, and the scheduler's record of when each job last ran.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen against the schema of their day */
export const kitMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('status_events')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('subject', 'text', (c) => c.notNull())
      .addColumn('subject_id', 'text', (c) => c.notNull())
      .addColumn('from_status', 'text')
      .addColumn('to_status', 'text', (c) => c.notNull())
      .addColumn('actor_account_id', 'text')
      .addColumn('actor_role', 'text', (c) => c.notNull())
      .addColumn('note', 'text')
      .addColumn('at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('status_events_subject_idx').on('status_events').columns(['subject', 'subject_id', 'at']).execute();

    await db.schema
      .createTable('files')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
      .addColumn('mime', 'text', (c) => c.notNull())
      .addColumn('bytes', 'integer', (c) => c.notNull())
      .addColumn('width', 'integer', (c) => c.notNull())
      .addColumn('height', 'integer', (c) => c.notNull())
      .addColumn('storage', 'text', (c) => c.notNull())
      .addColumn('storage_key', 'text', (c) => c.notNull())
      .addColumn('attached_type', 'text')
      .addColumn('attached_id', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('files_attached_idx').on('files').columns(['attached_type', 'attached_id']).execute();
    await db.schema.createIndex('files_account_idx').on('files').columns(['account_id', 'created_at']).execute();

    await db.schema
      .createTable('job_runs')
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('last_run_at', 'text', (c) => c.notNull())
      .addColumn('last_changed', 'integer', (c) => c.notNull())
      .addColumn('last_error', 'text')
      .execute();

    // No index on idempotency_keys.created_at: every keyed mutation would pay for it, while
    // the hourly expiry job scans a day's worth of keys at most.
  },
  async down(db: Kysely<any>) {
    for (const table of ['job_runs', 'files', 'status_events']) await db.schema.dropTable(table).execute();
  },
};
