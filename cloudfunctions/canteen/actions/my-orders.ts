import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { canteenServices } from '../../../server/features/canteen/canteen-services';
import type { MyOrdersAnswer } from '../../../src/domain/canteen/contract';

/** 我的订餐: the whole family's orders. */
export const myOrders = defineAction({
  input: z.object({}).strict(),
  auth: 'required',
  mutation: false,
  handle: async (_input, ctx): Promise<MyOrdersAnswer> => canteenServices(ctx).orders().mine(ctx.identity.accountId),
});
