import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { businessDateSchema, recordId } from '../../../server/core/schemas';
import { canteenServices } from '../../../server/features/canteen/canteen-services';
import type { CopyLastWeekAnswer } from '../../../src/domain/canteen/contract';

/** Copies the meals of a week earlier onto `days` days from `date` that are not yet published. */
export const copyLastWeek = defineAction({
  input: z.object({ canteenId: recordId, date: businessDateSchema, days: z.number().int().min(1).max(7).default(7) }).strict(),
  auth: 'required',
  roles: ['canteen_manager'],
  scope: (input) => input.canteenId,
  mutation: true,
  handle: async (input, ctx): Promise<CopyLastWeekAnswer> => canteenServices(ctx).menus().copyLastWeek(input),
});
