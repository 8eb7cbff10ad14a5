import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { recordId } from '../../../server/core/schemas';
import { clinicServices } from '../../../server/features/clinic/clinic-services';

export const freeClinics = defineAction({
  input: z.object({}).strict(),
  auth: 'none',
  mutation: false,
  handle: async (_input, ctx) => ({ freeClinics: await clinicServices(ctx).freeClinics().upcoming() }),
});

export const mySignups = defineAction({
  input: z.object({}).strict(),
  auth: 'required',
  mutation: false,
  handle: async (_input, ctx) => ({ signups: await clinicServices(ctx).freeClinics().mySignups(ctx.identity.accountId) }),
});

export const signUpFreeClinic = defineAction({
  input: z.object({ freeClinicId: recordId, memberId: recordId }).strict(),
  auth: 'required',
  mutation: true,
  handle: async (input, ctx) => clinicServices(ctx).freeClinics().signUp(ctx.identity.accountId, input.freeClinicId, input.memberId),
});

export const cancelFreeClinicSignup = defineAction({
  input: z.object({ signupId: recordId }).strict(),
  auth: 'required',
  mutation: true,
  handle: async (input, ctx) => clinicServices(ctx).freeClinics().cancelSignup(ctx.identity.accountId, input.signupId),
});
