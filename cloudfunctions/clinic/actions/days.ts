import { defineAction } from '../../../server/core/action';
import { clinicServices } from '../../../server/features/clinic/clinic-services';
import { assertDepartment, departmentScopeSchema } from './department-scope';

/** The next bookable days of a department with the places left on each. */
export const days = defineAction({
  input: departmentScopeSchema,
  auth: 'none',
  mutation: false,
  handle: async (input, ctx) => {
    const services = clinicServices(ctx);
    await assertDepartment(services.clinic, input);
    return { days: await services.booking().days(input.departmentId), releaseTime: ctx.app.config.clinic.releaseTime };
  },
});
