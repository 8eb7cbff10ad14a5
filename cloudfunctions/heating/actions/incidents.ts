import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { recordId } from '../../../server/core/schemas';
import { heatingServices } from '../../../server/features/heating/heating-services';
import type { IncidentsAnswer } from '../../../src/domain/heating/contract';

/** The company's station incidents: open ones first, then those of the last three days. */
export const incidents = defineAction({
  input: z.object({ stationId: recordId.optional() }).strict(),
  auth: 'required',
  roles: ['heating_dispatcher'],
  mutation: false,
  handle: async (input, ctx): Promise<IncidentsAnswer> => ({ incidents: await heatingServices(ctx).dispatch().incidents(input) }),
});
