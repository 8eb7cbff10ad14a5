import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { recordId } from '../../../server/core/schemas';
import { jobsServices } from '../../../server/features/gig-jobs/jobs-services';
import { EMPLOYER_MOVES } from '../../../src/domain/jobs/application-workflow';
import { postingInput } from './posting-input';

/** A verified employer posts a job; it waits for the station's review (pending_review). */
export const createPosting = defineAction({
  input: postingInput,
  auth: 'required',
  roles: ['employer'],
  mutation: true,
  handle: async (input, ctx) => jobsServices(ctx).postings().create(input),
});

export const myPostings = defineAction({
  input: z.object({}).strict(),
  auth: 'required',
  roles: ['employer'],
  mutation: false,
  handle: async (_input, ctx) => ({ postings: await jobsServices(ctx).postings().myPostings() }),
});

export const closePosting = defineAction({
  input: z.object({ postingId: recordId, status: z.enum(['filled', 'withdrawn']) }).strict(),
  auth: 'required',
  roles: ['employer'],
  mutation: true,
  handle: async (input, ctx) => jobsServices(ctx).postings().close(input.postingId, input.status),
});

/** The posting's own employer (phones in full) or its station (masked); another employer: NOT_FOUND. */
export const applicants = defineAction({
  input: z.object({ postingId: recordId }).strict(),
  auth: 'required',
  roles: ['employer', 'station_staff'],
  mutation: false,
  handle: async (input, ctx) => ({ applications: await jobsServices(ctx).applications().applicants(input.postingId) }),
});

export const setApplicationStatus = defineAction({
  input: z.object({ applicationId: recordId, status: z.enum(EMPLOYER_MOVES) }).strict(),
  auth: 'required',
  roles: ['employer', 'station_staff'],
  mutation: true,
  handle: async (input, ctx) => jobsServices(ctx).applications().setStatus(input.applicationId, input.status),
});
