import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { clinicServices } from '../../../server/features/clinic/clinic-services';

export const freeClinics = defineAction({
  input: z.object({}).strict(),
  auth: 'none',
  mutation: false,
  handle: async (_input, ctx) => ({ freeClinics: await clinicServices(ctx).freeClinics().upcoming() }),
});
