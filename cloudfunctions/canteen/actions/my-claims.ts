import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { canteenServices } from '../../../server/features/canteen/canteen-services';
import type { MyClaimsAnswer } from '../../../src/domain/canteen/contract';

/** My discount groups: each family member's latest claim per group. */
export const myClaims = defineAction({
  input: z.object({}).strict(),
  auth: 'required',
  mutation: false,
  handle: async (_input, ctx): Promise<MyClaimsAnswer> => canteenServices(ctx).claims().mine(ctx.identity.accountId),
});
