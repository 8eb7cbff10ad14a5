import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { businessDateSchema } from '../../../server/core/schemas';
import { clinicServices } from '../../../server/features/clinic/clinic-services';
import { assertDepartment, departmentScope } from './department-scope';

export const slots = defineAction({
  input: z.object({ ...departmentScope, date: businessDateSchema }).strict(),
  auth: 'none',
  mutation: false,
  handle: async (input, ctx) => {
    const services = clinicServices(ctx);
    await assertDepartment(services.clinic, input);
    return { slots: await services.booking().slots(input.departmentId, input.date) };
  },
});
