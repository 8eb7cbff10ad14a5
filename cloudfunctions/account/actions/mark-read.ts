import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { recordId } from '../../../server/core/schemas';
import { messageServiceFor } from '../../../server/features/messages/message-services';

export const markRead = defineAction({
  input: z.object({ messageId: recordId }).strict(),
  auth: 'required',
  mutation: true,
  handle: async ({ messageId }, ctx) => messageServiceFor(ctx).markRead(ctx.identity.accountId, messageId, ctx.now),
});
