import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { clinicServices } from '../../../server/features/clinic/clinic-services';
import { toHospitals } from '../../../server/features/clinic/clinic-views';
import type { HospitalsAnswer } from '../../../src/domain/clinic/contract';

/** Hospitals with their campuses and departments, and the booking policy the app words its rules from. */
export const hospitals = defineAction({
  input: z.object({}).strict(),
  auth: 'none',
  mutation: false,
  handle: async (_input, ctx): Promise<HospitalsAnswer> => {
    const [hs, campuses, departments] = await clinicServices(ctx).clinic.places();
    return { hospitals: toHospitals(hs, campuses, departments), policy: ctx.app.config.clinic };
  },
});
