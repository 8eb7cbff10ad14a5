import type { Kysely } from 'kysely';
import { AppError } from '../../core/errors';
import type { Database } from '../../db/schema';

export interface MessageView {
  id: string;
  kind: string;
  title: string;
  body: string;
  page: string | null;
  createdAt: string;
  read: boolean;
}

const LIST_LIMIT = 100;

export function messageService(db: Kysely<Database>) {
  const unreadCount = async (accountId: string) => {
    const row = await db
      .selectFrom('messages')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('account_id', '=', accountId)
      .where('read_at', 'is', null)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  return {
    unreadCount,

    async list(accountId: string): Promise<{ messages: MessageView[]; unread: number }> {
      const rows = await db
        .selectFrom('messages')
        .select(['id', 'kind', 'title', 'body', 'page', 'created_at', 'read_at'])
        .where('account_id', '=', accountId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(LIST_LIMIT)
        .execute();
      return {
        messages: rows.map((r) => ({ id: r.id, kind: r.kind, title: r.title, body: r.body, page: r.page, createdAt: r.created_at, read: r.read_at !== null })),
        unread: await unreadCount(accountId),
      };
    },

    async markRead(accountId: string, messageId: string, now: Date): Promise<{ messageId: string; read: true }> {
      const found = await db.selectFrom('messages').select(['id', 'read_at']).where('account_id', '=', accountId).where('id', '=', messageId).executeTakeFirst();
      if (!found) throw new AppError('NOT_FOUND', '未找到该消息');
      if (!found.read_at) {
        await db.updateTable('messages').set({ read_at: now.toISOString() }).where('account_id', '=', accountId).where('id', '=', messageId).execute();
      }
      return { messageId, read: true };
    },
  };
}
