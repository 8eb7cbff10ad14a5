import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { recordId } from '../../../server/core/schemas';
import { freeClinicService } from '../../../server/features/clinic/free-clinic-service';

export const freeClinics = defineAction({
  input: z.object({}).strict(),
  auth: 'none',
  mutation: false,
  handle: async (_input, { db, now }) => ({ freeClinics: await freeClinicService({ db, now }).upcoming() }),
});

export const mySignups = defineAction({
  input: z.object({}).strict(),
  auth: 'required',
  mutation: false,
  handle: async (_input, { db, now, identity }) => ({ signups: await freeClinicService({ db, now }).mySignups(identity.accountId) }),
});

export const signUpFreeClinic = defineAction({
  input: z.object({ freeClinicId: recordId, memberId: recordId }).strict(),
  auth: 'required',
  mutation: true,
  handle: async (input, { db, now, identity }) => freeClinicService({ db, now }).signUp(identity.accountId, input.freeClinicId, input.memberId),
});

export const cancelFreeClinicSignup = defineAction({
  input: z.object({ signupId: recordId }).strict(),
  auth: 'required',
  mutation: true,
  handle: async (input, { db, now, identity }) => freeClinicService({ db, now }).cancelSignup(identity.accountId, input.signupId),
});
