import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { recordId } from '../../../server/core/schemas';
import { clinicServices } from '../../../server/features/clinic/clinic-services';

export const book = defineAction({
  input: z.object({ memberId: recordId, slotId: recordId, revisitOf: recordId.optional() }).strict(),
  auth: 'required',
  mutation: true,
  handle: async (input, ctx) => clinicServices(ctx).booking().book(ctx.identity.accountId, input),
});
