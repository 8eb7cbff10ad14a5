import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { heatingServices } from '../../../server/features/heating/heating-services';
import type { CommunitiesAnswer } from '../../../src/domain/heating/contract';

/** Communities with their station and company, the caller's last place (when logged in), and the rules the form words. */
export const communities = defineAction({
  input: z.object({}).strict(),
  auth: 'none',
  mutation: false,
  handle: async (_input, ctx): Promise<CommunitiesAnswer> => heatingServices(ctx).complaints().communities(ctx.identity?.accountId ?? null),
});
