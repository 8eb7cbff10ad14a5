import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { businessDateSchema, lineText, recordId } from '../../../server/core/schemas';
import { canteenServices } from '../../../server/features/canteen/canteen-services';
import type { PendingClaim } from '../../../src/domain/canteen/contract';

/** After seeing the document at the counter: approve with an expiry (default a year), or reject with a reason. */
export const verifyGroup = defineAction({
  input: z.object({ claimId: recordId, approve: z.boolean(), expiresOn: businessDateSchema.optional(), reason: lineText(100).optional() }).strict(),
  auth: 'required',
  roles: ['canteen_manager'],
  mutation: true,
  handle: async (input, ctx): Promise<PendingClaim> => {
    const services = canteenServices(ctx);
    return services.claims().verify({ accountId: ctx.identity.accountId, canteenIds: services.managedCanteens(), vault: ctx.app.vault }, input);
  },
});
