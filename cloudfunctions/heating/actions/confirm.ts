import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { recordId } from '../../../server/core/schemas';
import { heatingServices } from '../../../server/features/heating/heating-services';
import type { ComplaintView } from '../../../src/domain/heating/contract';

/** 办结: the resident confirms the result of a handled complaint. */
export const confirm = defineAction({
  input: z.object({ complaintId: recordId }).strict(),
  auth: 'required',
  mutation: true,
  handle: async (input, ctx): Promise<ComplaintView> => heatingServices(ctx).complaints().confirm(ctx.identity.accountId, input.complaintId),
});
