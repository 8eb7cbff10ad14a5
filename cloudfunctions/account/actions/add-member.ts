import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { memberService } from '../../../server/features/account/member-service';
import { memberFields } from './member-fields';

export const addMember = defineAction({
  input: z.object({ ...memberFields, consent: z.boolean().optional() }).strict(),
  auth: 'required',
  mutation: true,
  handle: async (input, { app, db, identity, now }) =>
    memberService({ db, now, maxMembers: app.config.maxMembersPerAccount }).add(identity.accountId, input),
});
