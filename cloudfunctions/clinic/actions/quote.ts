import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { recordId } from '../../../server/core/schemas';
import { clinicServices } from '../../../server/features/clinic/clinic-services';

/** The fee, and the open free-revisit windows the member could use for this segment. */
export const quote = defineAction({
  input: z.object({ memberId: recordId, slotId: recordId }).strict(),
  auth: 'required',
  mutation: false,
  handle: async (input, ctx) => clinicServices(ctx).booking().quote(ctx.identity.accountId, input.memberId, input.slotId),
});
