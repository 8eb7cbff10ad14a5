import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Envelope } from './envelope';
import { AppError } from './errors';

export interface KeyedCall {
  accountId: string;
  requestId: string;
  fn: string;
  action: string;
}

/**
 * The committed answer of an earlier call with this (account, requestId), if any. The same
 * requestId used for another action is refused: the client must start a new intent.
 */
export async function storedAnswer(db: Kysely<Database>, call: KeyedCall): Promise<Envelope | null> {
  const earlier = await db
    .selectFrom('idempotency_keys')
    .select(['fn', 'action', 'response'])
    .where('account_id', '=', call.accountId)
    .where('request_id', '=', call.requestId)
    .executeTakeFirst();
  if (!earlier) return null;
  if (earlier.fn !== call.fn || earlier.action !== call.action) throw new AppError('CONFLICT', '该请求编号已用于其他操作，请重新提交');
  return JSON.parse(earlier.response) as Envelope;
}

/** Raised inside the transaction when a concurrent call with the same requestId committed first. */
export class DuplicateRequest extends Error {}

/**
 * Records the answer under (account, requestId) in the call's own transaction, as its last
 * statement. If a concurrent duplicate got there first (the unique key makes PostgreSQL wait
 * for it to commit), this call's work is rolled back and the first answer is returned instead:
 * a retried request never changes anything twice.
 */
export async function recordAnswer(trx: Kysely<Database>, call: KeyedCall & { envelope: Envelope; now: Date }): Promise<void> {
  const inserted = await trx
    .insertInto('idempotency_keys')
    .values({ account_id: call.accountId, request_id: call.requestId, fn: call.fn, action: call.action, response: JSON.stringify(call.envelope), created_at: call.now.toISOString() })
    .onConflict((oc) => oc.columns(['account_id', 'request_id']).doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) !== 1) throw new DuplicateRequest();
}
