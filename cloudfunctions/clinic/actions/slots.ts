import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { businessDateSchema } from '../../../server/core/schemas';
import { bookingService } from '../../../server/features/clinic/booking-service';
import { assertDepartment, departmentScope } from './department-scope';

export const slots = defineAction({
  input: z.object({ ...departmentScope, date: businessDateSchema }).strict(),
  auth: 'none',
  mutation: false,
  handle: async (input, ctx) => {
    await assertDepartment(ctx, input);
    return { slots: await bookingService({ db: ctx.db, now: ctx.now, policy: ctx.app.config.clinic }).slots(input.departmentId, input.date) };
  },
});
