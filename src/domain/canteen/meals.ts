/**
 * What a canteen serves (domain.md §3): three meals a day at most, dishes of five
 * categories, tags a senior looks for, and allergens.
 */
export const MEALS = {
  breakfast: { label: '早餐', short: '早' },
  lunch: { label: '午餐', short: '午' },
  dinner: { label: '晚餐', short: '晚' },
} as const;

export type Meal = keyof typeof MEALS;

/** In the order of the day. */
export const MEAL_CODES = Object.keys(MEALS) as Meal[];

export const isMeal = (value: string): value is Meal => Object.prototype.hasOwnProperty.call(MEALS, value);

export const mealLabel = (meal: Meal) => MEALS[meal].label;

/** Sorts meals as the day goes: 早, 午, 晚. */
export const mealOrder = (meal: Meal) => MEAL_CODES.indexOf(meal);

export const DISH_CATEGORIES = ['荤', '素', '主食', '汤', '点心'] as const;
export type DishCategory = (typeof DISH_CATEGORIES)[number];

export const DISH_TAGS = ['软烂', '低盐', '低糖', '清真'] as const;
export type DishTag = (typeof DISH_TAGS)[number];

/** The common allergens a canteen names on its menu board. */
export const ALLERGENS = ['小麦', '鸡蛋', '牛奶', '大豆', '花生', '坚果', '鱼', '虾蟹', '芝麻'] as const;
export type Allergen = (typeof ALLERGENS)[number];

/** What one published meal may hold (publishMenu refuses more; the manager's form says so first): a set price up to 1,000 元, up to 2,000 places, 1–12 dishes of up to 20 characters. */
export const MENU_LIMITS = { maxPriceFen: 100_000, maxCapacity: 2000, maxDishes: 12, maxDishName: 20 } as const;
