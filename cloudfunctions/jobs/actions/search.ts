import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { latitude, lineText, longitude, recordId } from '../../../server/core/schemas';
import { jobsServices } from '../../../server/features/gig-jobs/jobs-services';
import { CATEGORY_CODES, PAY_UNIT_CODES, POSTING_TYPE_CODES } from '../../../src/domain/jobs/vocabulary';

/** Anyone may search: only reviewed postings of verified employers, valid today, ever appear. */
export const search = defineAction({
  input: z
    .object({
      keyword: lineText(40, 0).optional(),
      category: z.enum(CATEGORY_CODES).optional(),
      type: z.enum(POSTING_TYPE_CODES).optional(),
      minPay: z.number().int().min(0).max(10_000_000).optional(),
      payUnit: z.enum(PAY_UNIT_CODES).optional(),
      sameDayPay: z.boolean().optional(),
      lat: latitude.optional(),
      lng: longitude.optional(),
      radiusKm: z.number().positive().max(1000).optional(),
      sort: z.enum(['newest', 'nearest', 'pay']).optional(),
      cursor: z
        .string()
        .max(400)
        .regex(/^[A-Za-z0-9_-]+$/, '分页标记无效，请重新搜索')
        .optional(),
      limit: z.number().int().min(1).max(100).optional(),
    })
    .strict(),
  auth: 'none',
  mutation: false,
  handle: async (input, ctx) => jobsServices(ctx).search().search(input),
});

/** A posting's detail; the contact only for a caller who applied, its employer, or station staff. */
export const detail = defineAction({
  input: z.object({ postingId: recordId }).strict(),
  auth: 'none',
  mutation: false,
  handle: async (input, ctx) => jobsServices(ctx).postings().detail(input.postingId),
});
