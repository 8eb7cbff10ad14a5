import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { memberService } from '../../../server/features/account/member-service';
import { memberFields, memberId } from './member-fields';

export const updateMember = defineAction({
  input: z
    .object({
      memberId,
      name: memberFields.name.optional(),
      idNumber: memberFields.idNumber.optional(),
      phone: memberFields.phone.optional(),
      relation: memberFields.relation.optional(),
    })
    .strict(),
  auth: 'required',
  mutation: true,
  handle: async ({ memberId: id, ...changes }, { app, db, identity, now }) =>
    memberService({ db, now, maxMembers: app.config.maxMembersPerAccount }).update(identity.accountId, id, changes),
});
