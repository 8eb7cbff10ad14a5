import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { lineText } from '../../../server/core/schemas';
import { messageServiceFor } from '../../../server/features/messages/message-services';

/**
 * Records the templates a resident accepted in wx.requestSubscribeMessage. WeChat's
 * one-time subscriptions allow one message per acceptance, so each acceptance is a credit.
 */
export const subscribe = defineAction({
  input: z.object({ templateIds: z.array(lineText(64)).min(1).max(3) }).strict(),
  auth: 'required',
  mutation: true,
  handle: async ({ templateIds }, ctx) => messageServiceFor(ctx).subscribe(ctx.identity.accountId, templateIds, ctx.app.config.wechat.templates, ctx.now),
});
