import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { AppError } from '../../../server/core/errors';
import { businessDateSchema, clockTime, fen, recordId } from '../../../server/core/schemas';
import { staffService } from '../../../server/features/clinic/staff-service';
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
    doctorName: z.string().min(1).max(30).optional(),
  })
  .strict();

/** Hospital staff publish or edit one day's schedule of one department. */
export const publishSchedule = defineAction({
  input: z
    .object({ hospitalId: recordId, campusId: recordId, departmentId: recordId, date: businessDateSchema, segments: z.array(segmentInput).max(24) })
    .strict(),
  auth: 'required',
  mutation: true,
  handle: async (input, { db, now, identity }) => staffService({ db, now, identity }).publishSchedule(input),
});

export const hospitalRegistrations = defineAction({
  input: z.object({ hospitalId: recordId, date: businessDateSchema, departmentId: recordId.optional() }).strict(),
  auth: 'required',
  mutation: false,
  handle: async (input, { db, now, identity }) => ({ registrations: await staffService({ db, now, identity }).registrations(input) }),
});

export const markVisit = defineAction({
  input: z.object({ registrationId: recordId, status: z.enum(['arrived', 'fulfilled', 'noshow']) }).strict(),
  auth: 'required',
  mutation: true,
  handle: async (input, { db, now, identity }) => staffService({ db, now, identity }).markVisit(input.registrationId, input.status),
});

export const reprice = defineAction({
  input: z.object({ registrationId: recordId, reason: z.string().trim().min(2).max(200) }).strict(),
  auth: 'required',
  mutation: true,
  handle: async (input, { db, now, identity }) => staffService({ db, now, identity }).reprice(input.registrationId, input.reason),
});

export const stats = defineAction({
  input: z.object({ hospitalId: recordId, from: businessDateSchema, to: businessDateSchema }).strict(),
  auth: 'required',
  mutation: false,
  handle: async (input, { db, now, identity }) => {
    if (input.from > input.to) throw new AppError('VALIDATION_FAILED', '开始日期不能晚于结束日期', { from: '开始日期不能晚于结束日期' });
    if (addDays(input.from, 3660) < input.to) throw new AppError('VALIDATION_FAILED', '统计区间最长十年', { to: '统计区间最长十年' });
    return staffService({ db, now, identity }).stats(input);
  },
});
