import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { messageService } from '../../../server/features/messages/message-service';

export const messages = defineAction({
  input: z.object({}).strict(),
  auth: 'required',
  mutation: false,
  handle: async (_input, { db, identity }) => messageService(db).list(identity.accountId),
});
