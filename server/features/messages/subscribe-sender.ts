import { businessDate } from '../../../src/domain/business-date';
import type { App } from '../../app';

export const MAX_SEND_ATTEMPTS = 5;

export interface SendReport {
  sent: number;
  failed: number;
  skipped: number;
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * Delivers pending outbox messages as WeChat subscribe messages. A message without a
 * template for its kind, or whose resident has no unused subscription, stays in the
 * message centre only (skipped, with the reason). A failed send is retried up to
 * MAX_SEND_ATTEMPTS times and every failure is counted with its reason, never dropped.
 */
export async function deliverPendingMessages(app: App, at: Date, batchSize = 50): Promise<SendReport> {
  const report: SendReport = { sent: 0, failed: 0, skipped: 0 };
  const pending = await app.db
    .selectFrom('messages')
    .innerJoin('accounts', 'accounts.id', 'messages.account_id')
    .select(['messages.id', 'messages.account_id', 'messages.kind', 'messages.title', 'messages.body', 'messages.page', 'messages.created_at', 'messages.send_fail_count', 'accounts.openid'])
    .where('messages.delivery_status', '=', 'pending')
    // As of `at`: a message written later waits for the next run.
    .where('messages.created_at', '<=', at.toISOString())
    .orderBy('messages.created_at')
    .limit(batchSize)
    .execute();

  for (const message of pending) {
    const now = at.toISOString();
    const templateId = app.config.wechat.templates[message.kind];
    const skip = async (reason: string) => {
      await app.db.updateTable('messages').set({ delivery_status: 'skipped', send_fail_reason: reason }).where('id', '=', message.id).execute();
      report.skipped += 1;
    };
    if (!templateId) {
      await skip('no_template');
      continue;
    }
    // Spend one subscription credit atomically; none left means the resident did not subscribe.
    const spent = await app.db
      .updateTable('subscriptions')
      .set((eb) => ({ credits: eb('credits', '-', 1), updated_at: now }))
      .where('account_id', '=', message.account_id)
      .where('template_id', '=', templateId)
      .where('credits', '>', 0)
      .executeTakeFirst();
    if (Number(spent.numUpdatedRows) === 0) {
      await skip('not_subscribed');
      continue;
    }
    const failure = await app.wechat.sendSubscribeMessage({
      openid: message.openid,
      templateId,
      page: message.page ?? undefined,
      data: {
        thing1: { value: clip(message.title, 20) },
        thing2: { value: clip(message.body, 20) },
        date3: { value: businessDate(new Date(message.created_at)) },
      },
    });
    if (failure === null) {
      await app.db.updateTable('messages').set({ delivery_status: 'sent', sent_at: now, send_fail_reason: null }).where('id', '=', message.id).execute();
      report.sent += 1;
      continue;
    }
    // The credit was not used by WeChat: give it back.
    await app.db
      .updateTable('subscriptions')
      .set((eb) => ({ credits: eb('credits', '+', 1), updated_at: now }))
      .where('account_id', '=', message.account_id)
      .where('template_id', '=', templateId)
      .execute();
    const attempts = message.send_fail_count + 1;
    await app.db
      .updateTable('messages')
      .set({ send_fail_count: attempts, send_fail_reason: failure, delivery_status: attempts >= MAX_SEND_ATTEMPTS ? 'failed' : 'pending' })
      .where('id', '=', message.id)
      .execute();
    report.failed += 1;
    app.logger.error('subscribe_send_failed', { attempts });
  }
  return report;
}
