import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { businessDateSchema, clockTime, fen, lineText, recordId } from '../../../server/core/schemas';
import { clinicServices } from '../../../server/features/clinic/clinic-services';

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
