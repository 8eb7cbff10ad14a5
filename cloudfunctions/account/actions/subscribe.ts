import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { AppError } from '../../../server/core/errors';

/**
 * Records the templates a resident accepted in wx.requestSubscribeMessage. WeChat's
 * one-time subscriptions allow one message per acceptance, so each acceptance is a credit.
 */
export const subscribe = defineAction({
  input: z.object({ templateIds: z.array(z.string().min(1).max(64)).min(1).max(3) }).strict(),
  auth: 'required',
  mutation: true,
  handle: async ({ templateIds }, { app, db, identity, now }) => {
    const known = new Set(Object.values(app.config.wechat.templates));
    const unknown = templateIds.filter((t) => !known.has(t));
    if (unknown.length) throw new AppError('VALIDATION_FAILED', '订阅的消息模板不存在', { templateIds: '订阅的消息模板不存在' });
    const at = now.toISOString();
    for (const templateId of new Set(templateIds)) {
      await db
        .insertInto('subscriptions')
        .values({ account_id: identity.accountId, template_id: templateId, credits: 1, updated_at: at })
        .onConflict((oc) => oc.columns(['account_id', 'template_id']).doUpdateSet((eb) => ({ credits: eb('subscriptions.credits', '+', 1), updated_at: at })))
        .execute();
    }
    return { templateIds: [...new Set(templateIds)] };
  },
});
