import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { canteenServices } from '../../../server/features/canteen/canteen-services';
import type { PendingClaimsAnswer } from '../../../src/domain/canteen/contract';

/** Claims waiting for the manager's canteens (or any canteen), oldest first, masked; and the expiries the manager may give. */
export const pendingClaims = defineAction({
  input: z.object({}).strict(),
  auth: 'required',
  roles: ['canteen_manager'],
  mutation: false,
  handle: async (_input, ctx): Promise<PendingClaimsAnswer> => {
    const services = canteenServices(ctx);
    return services.claims().pending(services.managedCanteens(), ctx.app.vault);
  },
});
