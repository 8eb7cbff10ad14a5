import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { memberService } from '../../../server/features/account/member-service';
import { memberId } from './member-fields';

export const removeMember = defineAction({
  input: z.object({ memberId }).strict(),
  auth: 'required',
  mutation: true,
  handle: async (input, { app, db, identity, now }) =>
    memberService({ db, now, maxMembers: app.config.maxMembersPerAccount }).remove(identity.accountId, input.memberId),
});
