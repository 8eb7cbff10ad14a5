import { defineAction } from '../../../server/core/action';
import { bookingService } from '../../../server/features/clinic/booking-service';
import { assertDepartment, departmentScopeSchema } from './department-scope';

/** The next bookable days of a department with the places left on each. */
export const days = defineAction({
  input: departmentScopeSchema,
  auth: 'none',
  mutation: false,
  handle: async (input, ctx) => {
    await assertDepartment(ctx, input);
    return { days: await bookingService({ db: ctx.db, now: ctx.now, policy: ctx.app.config.clinic }).days(input.departmentId), releaseTime: ctx.app.config.clinic.releaseTime };
  },
});
