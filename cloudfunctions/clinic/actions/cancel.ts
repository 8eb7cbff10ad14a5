import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { recordId } from '../../../server/core/schemas';
import { clinicServices } from '../../../server/features/clinic/clinic-services';

export const cancel = defineAction({
  input: z.object({ registrationId: recordId }).strict(),
  auth: 'required',
  mutation: true,
  handle: async (input, ctx) => clinicServices(ctx).booking().cancel(ctx.identity.accountId, input.registrationId),
});
