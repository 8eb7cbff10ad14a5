import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { recordId } from '../../../server/core/schemas';
import { canteenServices } from '../../../server/features/canteen/canteen-services';
import type { CanteenQuote } from '../../../src/domain/canteen/contract';
import { mealRef } from './canteen-inputs';

/** What this diner would pay for this meal, and why. */
export const quote = defineAction({
  input: z.object({ ...mealRef, memberId: recordId }).strict(),
  auth: 'required',
  mutation: false,
  handle: async (input, ctx): Promise<CanteenQuote> => canteenServices(ctx).orders().quote(ctx.identity.accountId, input),
});
