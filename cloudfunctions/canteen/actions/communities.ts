import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { canteenServices } from '../../../server/features/canteen/canteen-services';

/** Communities with a known place, for "canteens near my community" without location services. */
export const communities = defineAction({
  input: z.object({}).strict(),
  auth: 'none',
  mutation: false,
  handle: async (_input, ctx) => ({ communities: await canteenServices(ctx).directory().communities() }),
});
