import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { businessDateSchema } from '../../../server/core/schemas';
import { clinicServices } from '../../../server/features/clinic/clinic-services';
import { departmentScope } from './department-scope';

export const slots = defineAction({
  input: z.object({ ...departmentScope, date: businessDateSchema }).strict(),
  auth: 'none',
  mutation: false,
  handle: async ({ date, ...scope }, ctx) => ({ slots: await clinicServices(ctx).booking().slots(scope, date) }),
});
