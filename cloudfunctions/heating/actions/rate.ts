import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { longText, recordId } from '../../../server/core/schemas';
import { heatingServices } from '../../../server/features/heating/heating-services';
import type { ComplaintView } from '../../../src/domain/heating/contract';
import { COMPLAINT_LIMITS } from '../../../src/domain/heating/complaint-rules';

/** A rating 1–5 of the result, with an optional comment; once. */
export const rate = defineAction({
  input: z.object({ complaintId: recordId, score: z.number().int('评分为1至5的整数').min(1, '评分为1至5分').max(5, '评分为1至5分'), comment: longText(COMPLAINT_LIMITS.ratingComment).optional() }).strict(),
  auth: 'required',
  mutation: true,
  handle: async (input, ctx): Promise<ComplaintView> => heatingServices(ctx).complaints().rate(ctx.identity.accountId, input.complaintId, input.score, input.comment || null),
});
