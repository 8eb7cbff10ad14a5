import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { memberServiceFor } from '../../../server/features/account/account-services';
import { memberId } from './member-fields';

export const removeMember = defineAction({
  input: z.object({ memberId }).strict(),
  auth: 'required',
  mutation: true,
  handle: async (input, ctx) => memberServiceFor(ctx).remove(ctx.identity.accountId, input.memberId),
});
