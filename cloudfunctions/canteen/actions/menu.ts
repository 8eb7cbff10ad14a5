import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { AppError } from '../../../server/core/errors';
import { businessDateSchema, recordId } from '../../../server/core/schemas';
import { canteenServices } from '../../../server/features/canteen/canteen-services';
import type { MenuAnswer } from '../../../src/domain/canteen/contract';

/** A canteen's meals on a date; with a member of the caller's family, that diner's price first. */
export const menu = defineAction({
  input: z.object({ canteenId: recordId, date: businessDateSchema, memberId: recordId.optional() }).strict(),
  auth: 'none',
  mutation: false,
  handle: async (input, ctx): Promise<MenuAnswer> => {
    if (input.memberId && !ctx.identity) throw new AppError('UNAUTHENTICATED', '登录后可查看家人的用餐价格');
    const diner = input.memberId && ctx.identity ? { accountId: ctx.identity.accountId, memberId: input.memberId } : undefined;
    return canteenServices(ctx).menus().menu(input.canteenId, input.date, diner);
  },
});
