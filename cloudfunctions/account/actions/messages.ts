import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { messageServiceFor } from '../../../server/features/messages/message-services';

export const messages = defineAction({
  input: z.object({}).strict(),
  auth: 'required',
  mutation: false,
  handle: async (_input, ctx) => messageServiceFor(ctx).list(ctx.identity.accountId),
});
