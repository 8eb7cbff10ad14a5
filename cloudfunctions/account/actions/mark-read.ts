import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { messageService } from '../../../server/features/messages/message-service';

export const markRead = defineAction({
  input: z.object({ messageId: z.string().min(1).max(64) }).strict(),
  auth: 'required',
  mutation: true,
  handle: async ({ messageId }, { db, identity, now }) => messageService(db).markRead(identity.accountId, messageId, now),
});
