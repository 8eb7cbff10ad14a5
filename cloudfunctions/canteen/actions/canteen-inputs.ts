import { z } from 'zod';
import { businessDateSchema, lineText, recordId } from '../../../server/core/schemas';
import { DISCOUNT_GROUP_CODES, type DiscountGroup } from '../../../src/domain/canteen/discount-groups';
import { ALLERGENS, DISH_CATEGORIES, DISH_TAGS, MEAL_CODES, MENU_LIMITS, type Meal } from '../../../src/domain/canteen/meals';

export const mealSchema = z.enum(MEAL_CODES as [Meal, ...Meal[]], { errorMap: () => ({ message: '餐次应为早餐、午餐或晚餐' }) });

export const groupSchema = z.enum(DISCOUNT_GROUP_CODES as [DiscountGroup, ...DiscountGroup[]], { errorMap: () => ({ message: '请选择优惠身份' }) });

/** One meal of one canteen on one date. */
export const mealRef = { canteenId: recordId, date: businessDateSchema, meal: mealSchema };

const unique = <T>(items: T[]) => new Set(items).size === items.length;

export const dishSchema = z
  .object({
    name: lineText(MENU_LIMITS.maxDishName),
    category: z.enum(DISH_CATEGORIES, { errorMap: () => ({ message: '菜品类别应为荤、素、主食、汤或点心' }) }),
    tags: z.array(z.enum(DISH_TAGS)).max(DISH_TAGS.length).refine(unique, '标签重复').default([]),
    allergens: z.array(z.enum(ALLERGENS)).max(ALLERGENS.length).refine(unique, '过敏原重复').default([]),
  })
  .strict();
