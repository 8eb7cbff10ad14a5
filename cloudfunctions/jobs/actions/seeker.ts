import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { lineText, recordId } from '../../../server/core/schemas';
import { jobsServices } from '../../../server/features/gig-jobs/jobs-services';
import { CATEGORY_CODES } from '../../../src/domain/jobs/vocabulary';

/** 求职登记 for one of the account's members (replaces the member's earlier one). */
export const register = defineAction({
  input: z
    .object({
      memberId: recordId,
      skills: z.array(lineText(12)).max(12),
      categories: z.array(z.enum(CATEGORY_CODES)).max(CATEGORY_CODES.length),
      availability: lineText(40),
      area: lineText(40),
    })
    .strict(),
  auth: 'required',
  mutation: true,
  handle: async (input, ctx) => jobsServices(ctx).seekers().register(ctx.identity.accountId, input),
});

export const profile = defineAction({
  input: z.object({}).strict(),
  auth: 'required',
  mutation: false,
  handle: async (_input, ctx) => ({ registrations: await jobsServices(ctx).seekers().profile(ctx.identity.accountId) }),
});
