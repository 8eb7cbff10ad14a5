import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { messageService } from '../../../server/features/messages/message-service';
import { userView } from './session';

export const me = defineAction({
  input: z.object({}).strict(),
  auth: 'required',
  mutation: false,
  handle: async (_input, { db, identity }) => ({
    user: await userView(db, identity.accountId),
    unreadMessages: await messageService(db).unreadCount(identity.accountId),
  }),
});
