import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { businessDateSchema, recordId } from '../../../server/core/schemas';
import { clinicServices } from '../../../server/features/clinic/clinic-services';

export const hospitalRegistrations = defineAction({
  input: z.object({ hospitalId: recordId, date: businessDateSchema, departmentId: recordId.optional() }).strict(),
  auth: 'required',
  roles: ['hospital_admin'],
  scope: (input) => input.hospitalId,
  mutation: false,
  handle: async (input, ctx) => ({ registrations: await clinicServices(ctx).staff().registrations(input) }),
});
