import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { recordId } from '../../../server/core/schemas';
import { canteenServices } from '../../../server/features/canteen/canteen-services';
import type { OrderView } from '../../../src/domain/canteen/contract';
import { mealRef } from './canteen-inputs';

/** 报餐: the price is the server's, computed now and fixed; no price is read from the client. */
export const order = defineAction({
  input: z.object({ ...mealRef, memberId: recordId }).strict(),
  auth: 'required',
  mutation: true,
  handle: async (input, ctx): Promise<OrderView> => canteenServices(ctx).orders().order(ctx.identity.accountId, input),
});
