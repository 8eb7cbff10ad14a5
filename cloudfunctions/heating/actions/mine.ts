import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { heatingServices } from '../../../server/features/heating/heating-services';
import type { ComplaintsAnswer } from '../../../src/domain/heating/contract';

/** 我的反映, newest first. */
export const mine = defineAction({
  input: z.object({}).strict(),
  auth: 'required',
  mutation: false,
  handle: async (_input, ctx): Promise<ComplaintsAnswer> => ({ complaints: await heatingServices(ctx).complaints().mine(ctx.identity.accountId) }),
});
