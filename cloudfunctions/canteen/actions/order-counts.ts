import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { businessDateSchema, recordId } from '../../../server/core/schemas';
import { canteenServices } from '../../../server/features/canteen/canteen-services';
import type { OrderCountsAnswer } from '../../../src/domain/canteen/contract';

/** For the kitchen: how many to cook per meal, and how many free, discounted and full. */
export const orderCounts = defineAction({
  input: z.object({ canteenId: recordId, date: businessDateSchema }).strict(),
  auth: 'required',
  roles: ['canteen_manager'],
  scope: (input) => input.canteenId,
  mutation: false,
  handle: async (input, ctx): Promise<OrderCountsAnswer> => canteenServices(ctx).figures().orderCounts(input.canteenId, input.date),
});
