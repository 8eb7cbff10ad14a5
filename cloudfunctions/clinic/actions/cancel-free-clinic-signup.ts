import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { recordId } from '../../../server/core/schemas';
import { clinicServices } from '../../../server/features/clinic/clinic-services';

export const cancelFreeClinicSignup = defineAction({
  input: z.object({ signupId: recordId }).strict(),
  auth: 'required',
  mutation: true,
  handle: async (input, ctx) => clinicServices(ctx).freeClinics().cancelSignup(ctx.identity.accountId, input.signupId),
});
