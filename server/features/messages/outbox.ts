import type { Kysely } from 'kysely';
import { newId } from '../../core/ids';
import type { Database } from '../../db/schema';

export interface OutgoingMessage {
  accountId: string;
  kind: string;
  title: string;
  body: string;
  page?: string;
  now: Date;
}

/**
 * Every service writes its resident-facing notice here, in the same transaction as the
 * change it reports: the notice exists exactly when the change does. The message centre
 * reads this table; the subscribe-message sender delivers from it.
 */
export async function enqueueMessage(db: Kysely<Database>, message: OutgoingMessage): Promise<string> {
  const id = newId('msg');
  await db
    .insertInto('messages')
    .values({
      id,
      account_id: message.accountId,
      kind: message.kind,
      title: message.title,
      body: message.body,
      page: message.page ?? null,
      created_at: message.now.toISOString(),
      read_at: null,
      delivery_status: 'pending',
      send_fail_count: 0,
      send_fail_reason: null,
      sent_at: null,
    })
    .execute();
  return id;
}

/** The outbox of one call's transaction. */
export const outbox = (db: Kysely<Database>) => ({
  enqueue: (message: OutgoingMessage) => enqueueMessage(db, message),
});

export type Outbox = ReturnType<typeof outbox>;
