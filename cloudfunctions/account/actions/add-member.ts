import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { memberServiceFor } from '../../../server/features/account/account-services';
import { memberFields } from './member-fields';

export const addMember = defineAction({
  input: z.object({ ...memberFields, consent: z.boolean().optional() }).strict(),
  auth: 'required',
  mutation: true,
  handle: async (input, ctx) => memberServiceFor(ctx).add(ctx.identity.accountId, input),
});
