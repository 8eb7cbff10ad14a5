import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { recordId } from '../../../server/core/schemas';
import { clinicServices } from '../../../server/features/clinic/clinic-services';

export const signUpFreeClinic = defineAction({
  input: z.object({ freeClinicId: recordId, memberId: recordId }).strict(),
  auth: 'required',
  mutation: true,
  handle: async (input, ctx) => clinicServices(ctx).freeClinics().signUp(ctx.identity.accountId, input.freeClinicId, input.memberId),
});
