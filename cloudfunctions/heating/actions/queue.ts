import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { recordId } from '../../../server/core/schemas';
import { heatingServices } from '../../../server/features/heating/heating-services';
import { complaintWorkflow, type ComplaintStatus } from '../../../src/domain/heating/complaint-workflow';
import type { ComplaintsAnswer } from '../../../src/domain/heating/contract';

/** The dispatcher's queue for their company: the nearest running deadline first, overdue ones flagged. */
export const queue = defineAction({
  input: z.object({ status: z.enum(complaintWorkflow.statuses as [ComplaintStatus, ...ComplaintStatus[]]).optional(), stationId: recordId.optional() }).strict(),
  auth: 'required',
  roles: ['heating_dispatcher'],
  mutation: false,
  handle: async (input, ctx): Promise<ComplaintsAnswer> => ({ complaints: await heatingServices(ctx).dispatch().queue(input) }),
});
