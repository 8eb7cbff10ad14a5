import { PostgresAdapter, sql, type Kysely, type Migration } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen against the schema of their day */

const isPostgres = (db: Kysely<any>) => db.getExecutor().adapter instanceof PostgresAdapter;

/** Marks which keyword index the database has: 'fts5-trigram', 'pg_trgm', or 'none' (ILIKE scans). */
export const SEARCH_INDEX_SETTING = 'jobs:search_index';

/**
 * Every posting gets a publication number (pub_seq) the first time it is published, from
 * the database itself so that every writer (review, import, bulk loads) is covered and
 * concurrent publications never share one. "Newest first" is publication order, and the
 * SQLite keyword index is keyed by it: a keyword search reads its matches newest first
 * straight from the index and stops after a page.
 */
async function createPublicationOrder(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) {
    await sql`create sequence job_postings_pub_seq`.execute(db);
    await sql`create function job_postings_assign_pub_seq() returns trigger language plpgsql as $$
      begin
        if new.status = 'published' and new.pub_seq is null then new.pub_seq := nextval('job_postings_pub_seq'); end if;
        return new;
      end $$`.execute(db);
    await sql`create trigger job_postings_pub_seq before insert or update of status on job_postings for each row execute function job_postings_assign_pub_seq()`.execute(db);
    return;
  }
  // SQLite cannot change NEW in a BEFORE trigger; its single writer makes max + 1 safe.
  for (const [name, event] of [
    ['job_postings_pub_seq_ai', 'after insert'],
    ['job_postings_pub_seq_au', 'after update of status'],
  ]) {
    await sql`create trigger ${sql.raw(name)} ${sql.raw(event)} on job_postings when new.status = 'published' and new.pub_seq is null begin
      update job_postings set pub_seq = (select coalesce(max(pub_seq), 0) + 1 from job_postings) where id = new.id;
    end`.execute(db);
  }
}

/**
 * The keyword index, one per engine, both matching Chinese inside words ("保洁" in
 * "小区保洁员"): SQLite FTS5 with the trigram tokenizer, contentless, its rowid the
 * publication number and kept current by triggers; a PostgreSQL GIN trigram index
 * (pg_trgm). Where the extension cannot be created (no superuser, not trusted) search
 * still works with ILIKE, only without the index.
 */
async function createSearchIndex(db: Kysely<any>): Promise<string> {
  if (!isPostgres(db)) {
    await sql`create virtual table job_posting_search using fts5(search_text, content = '', contentless_delete = 1, tokenize = 'trigram')`.execute(db);
    await sql`create trigger job_postings_search_ai after insert on job_postings when new.pub_seq is not null begin
      insert into job_posting_search (rowid, search_text) values (new.pub_seq, new.search_text);
    end`.execute(db);
    await sql`create trigger job_postings_search_publish after update of pub_seq on job_postings when old.pub_seq is null and new.pub_seq is not null begin
      insert into job_posting_search (rowid, search_text) values (new.pub_seq, new.search_text);
    end`.execute(db);
    await sql`create trigger job_postings_search_text after update of search_text on job_postings when new.pub_seq is not null begin
      delete from job_posting_search where rowid = new.pub_seq;
      insert into job_posting_search (rowid, search_text) values (new.pub_seq, new.search_text);
    end`.execute(db);
    await sql`create trigger job_postings_search_ad after delete on job_postings when old.pub_seq is not null begin
      delete from job_posting_search where rowid = old.pub_seq;
    end`.execute(db);
    return 'fts5-trigram';
  }
  // A failed CREATE EXTENSION must not abort the migration's transaction: try it in a savepoint.
  const inTransaction = db.isTransaction;
  if (inTransaction) await sql`savepoint jobs_pg_trgm`.execute(db);
  try {
    await sql`create extension if not exists pg_trgm`.execute(db);
    await sql`create index job_postings_search_trgm on job_postings using gin (search_text gin_trgm_ops)`.execute(db);
    if (inTransaction) await sql`release savepoint jobs_pg_trgm`.execute(db);
    return 'pg_trgm';
  } catch {
    if (inTransaction) await sql`rollback to savepoint jobs_pg_trgm`.execute(db);
    return 'none';
  }
}

/**
 * 零工驿站: verified employers, reviewed postings with their keyword and distance indexes,
 * applications (one per posting and person), 求职登记, classes and fairs with their
 * enrolments (one per event and person), and the station's hours and phone.
 */
const jobs: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('gig_stations').addColumn('hours', 'text', (c) => c.notNull().defaultTo('')).execute();
    await db.schema.alterTable('gig_stations').addColumn('phone', 'text', (c) => c.notNull().defaultTo('')).execute();
    await db.schema.alterTable('gig_stations').addColumn('latitude', 'double precision').execute();
    await db.schema.alterTable('gig_stations').addColumn('longitude', 'double precision').execute();

    await db.schema
      .createTable('employers')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('station_id', 'text', (c) => c.notNull().references('gig_stations.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('credit_code', 'text', (c) => c.notNull())
      .addColumn('verified', 'integer', (c) => c.notNull())
      .addColumn('verified_at', 'text')
      .addColumn('contact_name', 'text', (c) => c.notNull())
      .addColumn('contact_phone_enc', 'text')
      .addColumn('address', 'text', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('employers_station_name_uq', ['station_id', 'name'])
      .execute();

    await db.schema
      .createTable('job_postings')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('pub_seq', 'integer', (c) => c.unique())
      .addColumn('employer_id', 'text', (c) => c.notNull().references('employers.id'))
      .addColumn('station_id', 'text', (c) => c.notNull().references('gig_stations.id'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('category', 'text', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('pay', 'integer', (c) => c.notNull())
      .addColumn('pay_unit', 'text', (c) => c.notNull())
      .addColumn('same_day_pay', 'integer', (c) => c.notNull())
      .addColumn('pay_daily', 'integer', (c) => c.notNull())
      .addColumn('place', 'text', (c) => c.notNull())
      .addColumn('lat', 'double precision', (c) => c.notNull())
      .addColumn('lng', 'double precision', (c) => c.notNull())
      .addColumn('ux', 'double precision', (c) => c.notNull())
      .addColumn('uy', 'double precision', (c) => c.notNull())
      .addColumn('uz', 'double precision', (c) => c.notNull())
      .addColumn('headcount', 'integer', (c) => c.notNull())
      .addColumn('hired', 'integer', (c) => c.notNull())
      .addColumn('min_age', 'integer')
      .addColumn('max_age', 'integer')
      .addColumn('skills', 'text', (c) => c.notNull())
      .addColumn('requirements_note', 'text', (c) => c.notNull())
      .addColumn('work_from', 'text')
      .addColumn('work_to', 'text')
      .addColumn('work_hours', 'text', (c) => c.notNull())
      .addColumn('contact_name', 'text', (c) => c.notNull())
      .addColumn('contact_phone_enc', 'text', (c) => c.notNull())
      .addColumn('valid_through', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('rejection_reason', 'text')
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('source_key', 'text')
      .addColumn('search_text', 'text', (c) => c.notNull())
      .addColumn('created_by_account_id', 'text')
      .addColumn('posted_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    // Search reads only published postings: every index leads with the status.
    await db.schema.createIndex('job_postings_newest_idx').on('job_postings').columns(['status', 'pub_seq']).execute();
    await db.schema.createIndex('job_postings_category_idx').on('job_postings').columns(['status', 'category', 'pub_seq']).execute();
    await db.schema.createIndex('job_postings_pay_daily_idx').on('job_postings').columns(['status', 'pay_daily', 'id']).execute();
    await db.schema.createIndex('job_postings_pay_idx').on('job_postings').columns(['status', 'pay_unit', 'pay', 'id']).execute();
    await db.schema.createIndex('job_postings_geo_idx').on('job_postings').columns(['status', 'lat', 'lng']).execute();
    await db.schema.createIndex('job_postings_expiry_idx').on('job_postings').columns(['status', 'valid_through']).execute();
    await db.schema.createIndex('job_postings_employer_idx').on('job_postings').columns(['employer_id', 'created_at']).execute();
    await db.schema.createIndex('job_postings_review_idx').on('job_postings').columns(['station_id', 'status', 'created_at']).execute();
    await db.schema.createIndex('job_postings_source_uq').on('job_postings').columns(['station_id', 'source_key']).unique().execute();

    await db.schema
      .createTable('job_applications')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('posting_id', 'text', (c) => c.notNull().references('job_postings.id'))
      .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
      .addColumn('member_id', 'text', (c) => c.notNull().references('members.id'))
      .addColumn('person_key', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('hired_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      // One application per posting and person, across members and accounts.
      .addUniqueConstraint('job_applications_person_uq', ['posting_id', 'person_key'])
      .execute();
    await db.schema.createIndex('job_applications_account_idx').on('job_applications').columns(['account_id', 'created_at']).execute();
    await db.schema.createIndex('job_applications_posting_idx').on('job_applications').columns(['posting_id', 'status']).execute();
    await db.schema.createIndex('job_applications_created_idx').on('job_applications').columns(['created_at']).execute();

    await db.schema
      .createTable('job_seekers')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
      .addColumn('member_id', 'text', (c) => c.notNull().unique().references('members.id'))
      .addColumn('skills', 'text', (c) => c.notNull())
      .addColumn('categories', 'text', (c) => c.notNull())
      .addColumn('availability', 'text', (c) => c.notNull())
      .addColumn('area', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('job_seekers_account_idx').on('job_seekers').columns(['account_id']).execute();

    await db.schema
      .createTable('job_events')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('station_id', 'text', (c) => c.notNull().references('gig_stations.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('starts_at', 'text', (c) => c.notNull())
      .addColumn('ends_at', 'text')
      .addColumn('place', 'text', (c) => c.notNull())
      .addColumn('lat', 'double precision')
      .addColumn('lng', 'double precision')
      .addColumn('seats', 'integer', (c) => c.notNull())
      .addColumn('taken', 'integer', (c) => c.notNull())
      .addColumn('created_by_account_id', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('job_events_starts_idx').on('job_events').columns(['starts_at']).execute();

    await db.schema
      .createTable('job_event_enrollments')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('event_id', 'text', (c) => c.notNull().references('job_events.id'))
      .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
      .addColumn('member_id', 'text', (c) => c.notNull().references('members.id'))
      .addColumn('person_key', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('reminded_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      // One enrolment per event and person, across members and accounts.
      .addUniqueConstraint('job_event_enrollments_person_uq', ['event_id', 'person_key'])
      .execute();
    await db.schema.createIndex('job_event_enrollments_account_idx').on('job_event_enrollments').columns(['account_id', 'created_at']).execute();

    await createPublicationOrder(db);
    const index = await createSearchIndex(db);
    await db.insertInto('app_settings').values({ key: SEARCH_INDEX_SETTING, value: index }).execute();
  },
  async down(db: Kysely<any>) {
    await db.deleteFrom('app_settings').where('key', '=', SEARCH_INDEX_SETTING).execute();
    if (!isPostgres(db)) {
      for (const t of ['job_postings_search_ai', 'job_postings_search_publish', 'job_postings_search_text', 'job_postings_search_ad', 'job_postings_pub_seq_ai', 'job_postings_pub_seq_au']) {
        await sql`drop trigger if exists ${sql.raw(t)}`.execute(db);
      }
      await sql`drop table if exists job_posting_search`.execute(db);
    }
    for (const table of ['job_event_enrollments', 'job_events', 'job_seekers', 'job_applications', 'job_postings', 'employers']) await db.schema.dropTable(table).execute();
    if (isPostgres(db)) {
      await sql`drop function if exists job_postings_assign_pub_seq cascade`.execute(db);
      await sql`drop sequence if exists job_postings_pub_seq`.execute(db);
    }
    for (const column of ['longitude', 'latitude', 'phone', 'hours']) await db.schema.alterTable('gig_stations').dropColumn(column).execute();
  },
};

export const jobsMigrations = (): Record<string, Migration> => ({ '008-jobs': jobs });
