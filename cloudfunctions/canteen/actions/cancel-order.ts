import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { recordId } from '../../../server/core/schemas';
import { canteenServices } from '../../../server/features/canteen/canteen-services';
import type { OrderView } from '../../../src/domain/canteen/contract';

/** Cancels one of the account's orders before the cutoff. */
export const cancelOrder = defineAction({
  input: z.object({ orderId: recordId }).strict(),
  auth: 'required',
  mutation: true,
  handle: async (input, ctx): Promise<OrderView> => canteenServices(ctx).orders().cancel(ctx.identity.accountId, input.orderId),
});
