import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { clinicServices } from '../../../server/features/clinic/clinic-services';

/** Hospitals with their campuses and departments, and the booking policy the app words its rules from. */
export const hospitals = defineAction({
  input: z.object({}).strict(),
  auth: 'none',
  mutation: false,
  handle: async (_input, ctx) => clinicServices(ctx).booking().hospitals(),
});
