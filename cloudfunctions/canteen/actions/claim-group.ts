import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { recordId } from '../../../server/core/schemas';
import { canteenServices } from '../../../server/features/canteen/canteen-services';
import type { GroupClaim } from '../../../src/domain/canteen/contract';
import { groupSchema } from './canteen-inputs';

/**
 * A member claims a discount group; it gives nothing until canteen staff verify it. The
 * person's live claim of the group is answered as it is (a second account adding a
 * verified veteran finds him verified). Optionally names the canteen where the document
 * will be shown. No document image is taken.
 */
export const claimGroup = defineAction({
  input: z.object({ memberId: recordId, group: groupSchema, canteenId: recordId.optional() }).strict(),
  auth: 'required',
  mutation: true,
  handle: async (input, ctx): Promise<GroupClaim> => canteenServices(ctx).claims().claim(ctx.identity.accountId, input),
});
