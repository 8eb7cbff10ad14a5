import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { recordId } from '../../../server/core/schemas';
import { jobsServices } from '../../../server/features/gig-jobs/jobs-services';

/** 报名: once per posting and person (ALREADY_APPLIED across members and accounts). */
export const apply = defineAction({
  input: z.object({ postingId: recordId, memberId: recordId }).strict(),
  auth: 'required',
  mutation: true,
  handle: async (input, ctx) => jobsServices(ctx).applications().apply(ctx.identity.accountId, input.postingId, input.memberId),
});

export const withdraw = defineAction({
  input: z.object({ applicationId: recordId }).strict(),
  auth: 'required',
  mutation: true,
  handle: async (input, ctx) => jobsServices(ctx).applications().withdraw(ctx.identity.accountId, input.applicationId),
});

export const myApplications = defineAction({
  input: z.object({}).strict(),
  auth: 'required',
  mutation: false,
  handle: async (_input, ctx) => ({ applications: await jobsServices(ctx).applications().mine(ctx.identity.accountId) }),
});
