import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { lineText, recordId } from '../../../server/core/schemas';
import { heatingServices } from '../../../server/features/heating/heating-services';
import type { ComplaintView } from '../../../src/domain/heating/contract';
import { COMPLAINT_LIMITS } from '../../../src/domain/heating/complaint-rules';

/** 重新处理, within the window after 已处理, with the reason. */
export const reopen = defineAction({
  input: z.object({ complaintId: recordId, reason: lineText(COMPLAINT_LIMITS.reopenReason).pipe(z.string().min(2, '请写明需要重新处理的原因')) }).strict(),
  auth: 'required',
  mutation: true,
  handle: async (input, ctx): Promise<ComplaintView> => heatingServices(ctx).complaints().reopen(ctx.identity.accountId, input.complaintId, input.reason),
});
