import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { isoInstant, latitude, lineText, longText, longitude, recordId } from '../../../server/core/schemas';
import { jobsServices } from '../../../server/features/gig-jobs/jobs-services';
import { EVENT_KIND_CODES } from '../../../src/domain/jobs/vocabulary';

/** Classes and fairs not over yet; with the caller's own enrolments when logged in. */
export const events = defineAction({
  input: z.object({ kind: z.enum(EVENT_KIND_CODES).optional() }).strict(),
  auth: 'none',
  mutation: false,
  handle: async (input, ctx) => ({ events: await jobsServices(ctx).events().list(input.kind) }),
});

/** Seats exact under any concurrency; one enrolment per person (ALREADY_ENROLLED). */
export const enroll = defineAction({
  input: z.object({ eventId: recordId, memberId: recordId }).strict(),
  auth: 'required',
  mutation: true,
  handle: async (input, ctx) => jobsServices(ctx).events().enroll(ctx.identity.accountId, input.eventId, input.memberId),
});

export const cancelEnrollment = defineAction({
  input: z.object({ enrollmentId: recordId }).strict(),
  auth: 'required',
  mutation: true,
  handle: async (input, ctx) => jobsServices(ctx).events().cancel(ctx.identity.accountId, input.enrollmentId),
});

export const publishEvent = defineAction({
  input: z
    .object({
      kind: z.enum(EVENT_KIND_CODES),
      title: lineText(40),
      startsAt: isoInstant,
      endsAt: isoInstant.optional(),
      place: lineText(60),
      seats: z.number().int().min(1).max(5000),
      description: longText(1000).optional(),
      lat: latitude.optional(),
      lng: longitude.optional(),
      stationId: recordId.optional(),
    })
    .strict(),
  auth: 'required',
  roles: ['station_staff'],
  mutation: true,
  handle: async (input, ctx) => jobsServices(ctx).events().publish(input),
});
