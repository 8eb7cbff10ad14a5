import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { messageServiceFor } from '../../../server/features/messages/message-services';
import { userView } from './session';

export const me = defineAction({
  input: z.object({}).strict(),
  auth: 'required',
  mutation: false,
  handle: async (_input, ctx) => ({
    user: await userView(ctx.db, ctx.identity.accountId),
    unreadMessages: await messageServiceFor(ctx).unreadCount(ctx.identity.accountId),
  }),
});
