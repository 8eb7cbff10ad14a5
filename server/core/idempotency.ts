import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Envelope } from './envelope';
import { AppError } from './errors';

const PENDING = '';

/**
 * Claims (account, requestId) inside the call's transaction. A concurrent duplicate blocks
 * on the key until the first commits, then finds its answer; if the first rolled back, the
 * duplicate takes the claim and runs. Returns the earlier answer when there is one.
 */
export async function claimRequest(
  trx: Kysely<Database>,
  call: { accountId: string; requestId: string; fn: string; action: string; now: Date },
): Promise<Envelope | null> {
  const inserted = await trx
    .insertInto('idempotency_keys')
    .values({ account_id: call.accountId, request_id: call.requestId, fn: call.fn, action: call.action, response: PENDING, created_at: call.now.toISOString() })
    .onConflict((oc) => oc.columns(['account_id', 'request_id']).doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0) return null;
  const earlier = await trx
    .selectFrom('idempotency_keys')
    .select(['fn', 'action', 'response'])
    .where('account_id', '=', call.accountId)
    .where('request_id', '=', call.requestId)
    .executeTakeFirstOrThrow();
  if (earlier.fn !== call.fn || earlier.action !== call.action) {
    throw new AppError('CONFLICT', '该请求编号已用于其他操作，请重新提交');
  }
  return JSON.parse(earlier.response) as Envelope;
}

/** The committed answer of an earlier call with this requestId, if any (read before rate limiting). */
export async function storedAnswer(
  db: Kysely<Database>,
  call: { accountId: string; requestId: string; fn: string; action: string },
): Promise<Envelope | null> {
  const earlier = await db
    .selectFrom('idempotency_keys')
    .select(['fn', 'action', 'response'])
    .where('account_id', '=', call.accountId)
    .where('request_id', '=', call.requestId)
    .executeTakeFirst();
  if (!earlier || earlier.response === PENDING || earlier.fn !== call.fn || earlier.action !== call.action) return null;
  return JSON.parse(earlier.response) as Envelope;
}

export async function recordResponse(
  trx: Kysely<Database>,
  call: { accountId: string; requestId: string; envelope: Envelope },
): Promise<void> {
  await trx
    .updateTable('idempotency_keys')
    .set({ response: JSON.stringify(call.envelope) })
    .where('account_id', '=', call.accountId)
    .where('request_id', '=', call.requestId)
    .execute();
}
