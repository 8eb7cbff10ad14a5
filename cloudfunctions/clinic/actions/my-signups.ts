import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { clinicServices } from '../../../server/features/clinic/clinic-services';

export const mySignups = defineAction({
  input: z.object({}).strict(),
  auth: 'required',
  mutation: false,
  handle: async (_input, ctx) => ({ signups: await clinicServices(ctx).freeClinics().mySignups(ctx.identity.accountId) }),
});
