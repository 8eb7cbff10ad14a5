import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { memberServiceFor } from '../../../server/features/account/account-services';
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
  handle: async ({ memberId: id, ...changes }, ctx) => memberServiceFor(ctx).update(ctx.identity.accountId, id, changes),
});
