import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { memberService } from '../../../server/features/account/member-service';

export const members = defineAction({
  input: z.object({}).strict(),
  auth: 'required',
  mutation: false,
  handle: async (_input, { app, db, identity, now }) => ({
    members: await memberService({ db, now, maxMembers: app.config.maxMembersPerAccount }).list(identity.accountId),
    maxMembers: app.config.maxMembersPerAccount,
  }),
});
