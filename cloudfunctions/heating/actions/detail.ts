import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { recordId } from '../../../server/core/schemas';
import { heatingServices } from '../../../server/features/heating/heating-services';
import type { ComplaintView } from '../../../src/domain/heating/contract';

/** One complaint with its timeline: its owner, the company's dispatcher (phones in full), officials; NOT_FOUND for anyone else. */
export const detail = defineAction({
  input: z.object({ complaintId: recordId }).strict(),
  auth: 'required',
  mutation: false,
  handle: async (input, ctx): Promise<ComplaintView> => heatingServices(ctx).complaints().detail(ctx.identity.accountId, input.complaintId),
});
