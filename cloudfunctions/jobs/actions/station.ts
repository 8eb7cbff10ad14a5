import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { AppError } from '../../../server/core/errors';
import { businessDateSchema, lineText, recordId } from '../../../server/core/schemas';
import { jobsServices } from '../../../server/features/gig-jobs/jobs-services';
import { addDays } from '../../../src/domain/business-date';
import { contactPhone } from './posting-input';

/** 零工驿站 itself: services, amenities, address, hours, the county's reported figures, and the app's vocabulary. */
export const station = defineAction({
  input: z.object({}).strict(),
  auth: 'none',
  mutation: false,
  handle: async (_input, ctx) => jobsServices(ctx).station().station(),
});

export const reviewQueue = defineAction({
  input: z.object({}).strict(),
  auth: 'required',
  roles: ['station_staff'],
  mutation: false,
  handle: async (_input, ctx) => ({ postings: await jobsServices(ctx).postings().reviewQueue() }),
});

/** Approve (publish) or reject with a reason the employer reads. */
export const review = defineAction({
  input: z
    .object({ postingId: recordId, approve: z.boolean(), reason: lineText(200).optional() })
    .strict()
    .superRefine((v, ctx) => {
      if (!v.approve && (!v.reason || v.reason.length < 2)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['reason'], message: '请写明不通过的原因' });
    }),
  auth: 'required',
  roles: ['station_staff'],
  mutation: true,
  handle: async (input, ctx) => jobsServices(ctx).postings().review(input.postingId, input.approve, input.reason),
});

/** The provincial platform's export; each line stands alone (see the import service). */
export const importPostings = defineAction({
  input: z.object({ csv: z.string().min(1, '文件是空的').max(100_000, '文件过大，请分批导入'), stationId: recordId.optional() }).strict(),
  auth: 'required',
  roles: ['station_staff'],
  mutation: true,
  handle: async (input, ctx) => jobsServices(ctx).imports().importCsv(input.csv, input.stationId),
});

export const employers = defineAction({
  input: z.object({}).strict(),
  auth: 'required',
  roles: ['station_staff'],
  mutation: false,
  handle: async (_input, ctx) => ({ employers: await jobsServices(ctx).employers().list() }),
});

/** Adds or edits an employer; `verified` after the station has seen its business licence. */
export const saveEmployer = defineAction({
  input: z
    .object({
      id: recordId.optional(),
      stationId: recordId.optional(),
      name: lineText(40),
      creditCode: z
        .string()
        .max(18)
        .refine((v) => /^([0-9A-HJ-NPQRTUWXY]{18})?$/.test(v), '统一社会信用代码应为18位数字或大写字母'),
      contactName: lineText(20),
      contactPhone,
      address: lineText(60, 0),
      verified: z.boolean(),
    })
    .strict(),
  auth: 'required',
  roles: ['station_staff'],
  mutation: true,
  handle: async (input, ctx) => jobsServices(ctx).employers().save(input),
});

/** Figures for a period: station staff their station, officials the county. */
export const stats = defineAction({
  input: z.object({ from: businessDateSchema, to: businessDateSchema }).strict(),
  auth: 'required',
  roles: ['station_staff', 'official'],
  mutation: false,
  handle: async (input, ctx) => {
    if (input.from > input.to) throw new AppError('VALIDATION_FAILED', '开始日期不能晚于结束日期', { from: '开始日期不能晚于结束日期' });
    if (addDays(input.from, 3660) < input.to) throw new AppError('VALIDATION_FAILED', '统计区间最长十年', { to: '统计区间最长十年' });
    return jobsServices(ctx).stats().figures(input);
  },
});
