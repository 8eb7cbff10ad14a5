import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { lineText, recordId } from '../../../server/core/schemas';
import { heatingServices } from '../../../server/features/heating/heating-services';
import type { ComplaintView } from '../../../src/domain/heating/contract';

/** 重新处理, within the window after 已处理, with the reason. */
export const reopen = defineAction({
  input: z.object({ complaintId: recordId, reason: lineText(200).pipe(z.string().min(2, '请写明需要重新处理的原因')) }).strict(),
  auth: 'required',
  mutation: true,
  handle: async (input, ctx): Promise<ComplaintView> => heatingServices(ctx).complaints().reopen(ctx.identity.accountId, input.complaintId, input.reason),
});
