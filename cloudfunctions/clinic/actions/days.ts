import { defineAction } from '../../../server/core/action';
import { clinicServices } from '../../../server/features/clinic/clinic-services';
import { departmentScopeSchema } from './department-scope';

/** The next bookable days of a department with the places left on each. */
export const days = defineAction({
  input: departmentScopeSchema,
  auth: 'none',
  mutation: false,
  handle: async (input, ctx) => ({ days: await clinicServices(ctx).booking().days(input), releaseTime: ctx.app.config.clinic.releaseTime }),
});
