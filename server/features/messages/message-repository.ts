import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

/** The message centre's statements (the outbox writes, the sender delivers). */
export function messageRepository(db: Kysely<Database>) {
  return {
    async unreadCount(accountId: string): Promise<number> {
      const row = await db
        .selectFrom('messages')
        .select((eb) => eb.fn.countAll<string | number>().as('n'))
        .where('account_id', '=', accountId)
        .where('read_at', 'is', null)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    latest: (accountId: string, limit: number) =>
      db
        .selectFrom('messages')
        .select(['id', 'kind', 'title', 'body', 'page', 'created_at', 'read_at'])
        .where('account_id', '=', accountId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute(),

    ofAccount: (accountId: string, messageId: string) =>
      db.selectFrom('messages').select(['id', 'read_at']).where('account_id', '=', accountId).where('id', '=', messageId).executeTakeFirst(),

    markRead: (accountId: string, messageId: string, at: string) =>
      db.updateTable('messages').set({ read_at: at }).where('account_id', '=', accountId).where('id', '=', messageId).where('read_at', 'is', null).execute(),

    /** Each acceptance in wx.requestSubscribeMessage is one credit (WeChat's one-time subscriptions). */
    addSubscriptionCredit: (accountId: string, templateId: string, at: string) =>
      db
        .insertInto('subscriptions')
        .values({ account_id: accountId, template_id: templateId, credits: 1, updated_at: at })
        .onConflict((oc) => oc.columns(['account_id', 'template_id']).doUpdateSet((eb) => ({ credits: eb('subscriptions.credits', '+', 1), updated_at: at })))
        .execute(),
  };
}

export type MessageRepository = ReturnType<typeof messageRepository>;
