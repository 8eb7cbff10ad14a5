import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { AppError } from '../../../server/core/errors';
import { businessDateSchema, recordId } from '../../../server/core/schemas';
import { canteenServices } from '../../../server/features/canteen/canteen-services';
import { memberRepository } from '../../../server/features/account/member-repository';
import type { MenuAnswer } from '../../../src/domain/canteen/contract';

/** A canteen's meals on a date; with a member of the caller's family, that diner's price first. */
export const menu = defineAction({
  input: z.object({ canteenId: recordId, date: businessDateSchema, memberId: recordId.optional() }).strict(),
  auth: 'none',
  mutation: false,
  handle: async (input, ctx): Promise<MenuAnswer> => {
    let diner;
    if (input.memberId) {
      if (!ctx.identity) throw new AppError('UNAUTHENTICATED', '登录后可查看家人的用餐价格');
      diner = await memberRepository(ctx.db).findActive(ctx.identity.accountId, input.memberId);
      if (!diner) throw new AppError('NOT_FOUND', '未找到该就餐人');
    }
    return canteenServices(ctx).menus().menu(input.canteenId, input.date, diner);
  },
});
