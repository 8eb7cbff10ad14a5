import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { fen } from '../../../server/core/schemas';
import { canteenServices } from '../../../server/features/canteen/canteen-services';
import type { PublishedMeal } from '../../../src/domain/canteen/contract';
import { dishSchema, mealRef } from './canteen-inputs';

/** A manager publishes (or, before the first order, changes) one meal of their canteen. */
export const publishMenu = defineAction({
  input: z
    .object({
      ...mealRef,
      price: fen.max(100_000),
      capacity: z.number().int().min(0).max(2000),
      dishes: z.array(dishSchema).min(1, '请至少填写一道菜').max(12, '每餐最多12道菜'),
    })
    .strict(),
  auth: 'required',
  roles: ['canteen_manager'],
  scope: (input) => input.canteenId,
  mutation: true,
  handle: async (input, ctx): Promise<PublishedMeal> => canteenServices(ctx).menus().publish(input),
});
