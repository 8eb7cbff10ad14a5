import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { clinicServices } from '../../../server/features/clinic/clinic-services';

/** 我的挂号. */
export const mine = defineAction({
  input: z.object({}).strict(),
  auth: 'required',
  mutation: false,
  handle: async (_input, ctx) => clinicServices(ctx).booking().mine(ctx.identity.accountId),
});
