import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { recordId } from '../../../server/core/schemas';
import { messageService } from '../../../server/features/messages/message-service';

export const markRead = defineAction({
  input: z.object({ messageId: recordId }).strict(),
  auth: 'required',
  mutation: true,
  handle: async ({ messageId }, { db, identity, now }) => messageService(db).markRead(identity.accountId, messageId, now),
});
