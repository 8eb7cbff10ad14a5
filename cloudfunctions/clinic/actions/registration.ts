import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { recordId } from '../../../server/core/schemas';
import { clinicServices } from '../../../server/features/clinic/clinic-services';

/** One registration of the account with the guide to its day (the success page, a link from a message). */
export const registration = defineAction({
  input: z.object({ registrationId: recordId }).strict(),
  auth: 'required',
  mutation: false,
  handle: async (input, ctx) => clinicServices(ctx).booking().registration(ctx.identity.accountId, input.registrationId),
});
