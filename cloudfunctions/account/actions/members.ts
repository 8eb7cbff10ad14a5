import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { memberServiceFor } from '../../../server/features/account/account-services';

export const members = defineAction({
  input: z.object({}).strict(),
  auth: 'required',
  mutation: false,
  handle: async (_input, ctx) => ({
    members: await memberServiceFor(ctx).list(ctx.identity.accountId),
    maxMembers: ctx.app.config.maxMembersPerAccount,
  }),
});
