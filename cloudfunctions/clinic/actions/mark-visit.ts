import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { recordId } from '../../../server/core/schemas';
import { clinicServices } from '../../../server/features/clinic/clinic-services';

/** The registration must belong to one of the caller's hospitals (NOT_FOUND otherwise). */
export const markVisit = defineAction({
  input: z.object({ registrationId: recordId, status: z.enum(['arrived', 'fulfilled', 'noshow']) }).strict(),
  auth: 'required',
  roles: ['hospital_admin'],
  mutation: true,
  handle: async (input, ctx) => clinicServices(ctx).staff().markVisit(input.registrationId, input.status),
});
