import type { Kysely, Transaction } from 'kysely';
import { AppError } from '../core/errors';
import { classifyDbError } from './db-errors';
import type { Database } from './schema';

export const TRANSACTION_ATTEMPTS = 4;

const pause = (attempt: number) => new Promise((resolve) => setTimeout(resolve, 5 * 2 ** attempt + Math.random() * 10 * attempt));

/**
 * Runs `work` in one transaction and, when the engine gives up on it (PostgreSQL deadlock
 * or serialization failure, SQLite busy), runs it again from the start: nothing of a failed
 * attempt was committed. After the last attempt the caller gets 409 CONFLICT, never a 500.
 */
export async function inTransaction<T>(db: Kysely<Database>, work: (trx: Transaction<Database>) => Promise<T>, attempts = TRANSACTION_ATTEMPTS): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.transaction().execute(work);
    } catch (error) {
      if (classifyDbError(error) !== 'retry') throw error;
      if (attempt >= attempts) throw new AppError('CONFLICT', '同时操作的人较多，请稍后重试');
      await pause(attempt);
    }
  }
}
