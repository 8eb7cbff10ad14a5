import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { fen } from '../../../server/core/schemas';
import { canteenServices } from '../../../server/features/canteen/canteen-services';
import type { PublishedMeal } from '../../../src/domain/canteen/contract';
import { MENU_LIMITS } from '../../../src/domain/canteen/meals';
import { dishSchema, mealRef } from './canteen-inputs';

/** A manager publishes (or, before the first order, changes) one meal of their canteen. */
export const publishMenu = defineAction({
  input: z
    .object({
      ...mealRef,
      price: fen.max(MENU_LIMITS.maxPriceFen),
      capacity: z.number().int().min(0).max(MENU_LIMITS.maxCapacity),
      dishes: z.array(dishSchema).min(1, '请至少填写一道菜').max(MENU_LIMITS.maxDishes, `每餐最多${MENU_LIMITS.maxDishes}道菜`),
    })
    .strict(),
  auth: 'required',
  roles: ['canteen_manager'],
  scope: (input) => input.canteenId,
  mutation: true,
  handle: async (input, ctx): Promise<PublishedMeal> => canteenServices(ctx).menus().publish(input),
});
