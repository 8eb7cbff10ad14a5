import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { AppError } from '../../../server/core/errors';
import { businessDateSchema, clockTime, fen, lineText, recordId } from '../../../server/core/schemas';
import { clinicServices } from '../../../server/features/clinic/clinic-services';
import { addDays } from '../../../src/domain/business-date';

const segmentInput = z
  .object({
    id: recordId.optional(),
    session: z.enum(['am', 'pm']),
    start: clockTime,
    end: clockTime,
    capacity: z.number().int().min(0).max(500),
    clinicType: z.enum(['normal', 'expert']),
    registrationFee: fen,
    consultationFee: fen,
    doctorName: lineText(30).optional(),
  })
  .strict();

/** Hospital staff publish or edit one day's schedule of one department of their own hospital. */
export const publishSchedule = defineAction({
  input: z.object({ hospitalId: recordId, campusId: recordId, departmentId: recordId, date: businessDateSchema, segments: z.array(segmentInput).max(24) }).strict(),
  auth: 'required',
  roles: ['hospital_admin'],
  scope: (input) => input.hospitalId,
  mutation: true,
  handle: async (input, ctx) => clinicServices(ctx).staff().publishSchedule(input),
});

export const hospitalRegistrations = defineAction({
  input: z.object({ hospitalId: recordId, date: businessDateSchema, departmentId: recordId.optional() }).strict(),
  auth: 'required',
  roles: ['hospital_admin'],
  scope: (input) => input.hospitalId,
  mutation: false,
  handle: async (input, ctx) => ({ registrations: await clinicServices(ctx).staff().registrations(input) }),
});

/** The registration must belong to one of the caller's hospitals (NOT_FOUND otherwise). */
export const markVisit = defineAction({
  input: z.object({ registrationId: recordId, status: z.enum(['arrived', 'fulfilled', 'noshow']) }).strict(),
  auth: 'required',
  roles: ['hospital_admin'],
  mutation: true,
  handle: async (input, ctx) => clinicServices(ctx).staff().markVisit(input.registrationId, input.status),
});

export const reprice = defineAction({
  input: z.object({ registrationId: recordId, reason: lineText(200).pipe(z.string().min(2, '请写明原因')) }).strict(),
  auth: 'required',
  roles: ['hospital_admin'],
  mutation: true,
  handle: async (input, ctx) => clinicServices(ctx).staff().reprice(input.registrationId, input.reason),
});

/** Figures: the hospital's own staff, or county officials (read-only, every hospital). */
export const stats = defineAction({
  input: z.object({ hospitalId: recordId, from: businessDateSchema, to: businessDateSchema }).strict(),
  auth: 'required',
  roles: ['hospital_admin', 'official'],
  scope: (input) => input.hospitalId,
  mutation: false,
  handle: async (input, ctx) => {
    if (input.from > input.to) throw new AppError('VALIDATION_FAILED', '开始日期不能晚于结束日期', { from: '开始日期不能晚于结束日期' });
    if (addDays(input.from, 3660) < input.to) throw new AppError('VALIDATION_FAILED', '统计区间最长十年', { to: '统计区间最长十年' });
    return clinicServices(ctx).staff().stats(input);
  },
});
