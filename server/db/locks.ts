import { PostgresAdapter, sql, type Kysely } from 'kysely';
import type { Database } from './schema';

export const isPostgres = (db: Kysely<Database>) => db.getExecutor().adapter instanceof PostgresAdapter;

/**
 * Serialises every transaction that names the same key until it commits (PostgreSQL
 * transaction-scoped advisory lock). SQLite needs none: its transactions begin IMMEDIATE,
 * so one writer runs at a time. Writers of one resource take the same key first, before
 * any row they change, so locks are always taken in the same order.
 */
export async function lockKey(db: Kysely<Database>, key: string): Promise<void> {
  if (!isPostgres(db)) return;
  await sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`.execute(db);
}

export const PERSON_LOCK_PREFIX = 'person:';

/** The lock every writer of one person's records takes (registrations, sign-ups, orders, applications). */
export const lockPerson = (db: Kysely<Database>, personKey: string) => lockKey(db, `${PERSON_LOCK_PREFIX}${personKey}`);
