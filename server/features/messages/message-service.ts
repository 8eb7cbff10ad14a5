import type { Message } from '../../../src/domain/account/contract';
import { AppError } from '../../core/errors';
import type { MessageRepository } from './message-repository';

const LIST_LIMIT = 100;

/** 我的消息: every notice a service wrote for the account, newest first. */
export function messageService(messages: MessageRepository) {
  return {
    unreadCount: (accountId: string) => messages.unreadCount(accountId),

    async list(accountId: string): Promise<{ messages: Message[]; unread: number }> {
      const rows = await messages.latest(accountId, LIST_LIMIT);
      return {
        messages: rows.map((r) => ({ id: r.id, kind: r.kind, title: r.title, body: r.body, page: r.page, createdAt: r.created_at, read: r.read_at !== null })),
        unread: await messages.unreadCount(accountId),
      };
    },

    async markRead(accountId: string, messageId: string, now: Date): Promise<{ messageId: string; read: true }> {
      if (!(await messages.ofAccount(accountId, messageId))) throw new AppError('NOT_FOUND', '未找到该消息');
      await messages.markRead(accountId, messageId, now.toISOString());
      return { messageId, read: true };
    },

    /** Records the templates a resident accepted; only templates this installation configured. */
    async subscribe(accountId: string, templateIds: string[], configured: Record<string, string>, now: Date): Promise<{ templateIds: string[] }> {
      const known = new Set(Object.values(configured));
      if (templateIds.some((t) => !known.has(t))) throw new AppError('VALIDATION_FAILED', '订阅的消息模板不存在', { templateIds: '订阅的消息模板不存在' });
      const unique = [...new Set(templateIds)];
      for (const templateId of unique) await messages.addSubscriptionCredit(accountId, templateId, now.toISOString());
      return { templateIds: unique };
    },
  };
}
