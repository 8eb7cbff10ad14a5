import type { Allergen, Dish, DishCategory, DishTag, MenuMeal } from '@/domain/canteen/contract'
import { MENU_LIMITS } from '@/domain/canteen/meals'
import { parseYuan, yuanText } from '@/domain/money'
import { createRequestId } from '@/shared/api/request-id'

/** A dish as the form holds it (a key to keep rows apart while typing). */
export interface DishDraft {
  key: string
  name: string
  category: DishCategory
  tags: DishTag[]
  allergens: Allergen[]
}

/** A meal as the form holds it: money and counts stay text until saved, so "12." can be typed. */
export interface MealDraft {
  priceYuan: string
  capacity: string
  dishes: DishDraft[]
}


export const newDish = (category: DishCategory = '荤'): DishDraft => ({ key: createRequestId(), name: '', category, tags: [], allergens: [] })

export function draftOf(meal: MenuMeal | undefined): MealDraft {
  if (!meal) return { priceYuan: '', capacity: '', dishes: [newDish()] }
  return {
    priceYuan: yuanText(meal.price),
    capacity: String(meal.capacity),
    dishes: meal.dishes.map((d) => ({ key: createRequestId(), name: d.name, category: d.category, tags: [...d.tags], allergens: [...d.allergens] })),
  }
}

/** Adds or removes one value of a set (a tag, an allergen), keeping the order it was given in. */
export function toggled<T>(values: T[], value: T, all: readonly T[]): T[] {
  const next = values.includes(value) ? values.filter((v) => v !== value) : [...values, value]
  return all.filter((v) => next.includes(v))
}

/** The form as publishMenu's input, or errors keyed as the server keys them (price, capacity, dishes.0.name). */
export function toMenuInput(draft: MealDraft): { input: { price: number; capacity: number; dishes: Dish[] }; errors: Record<string, string> } {
  const errors: Record<string, string> = {}
  const price = parseYuan(draft.priceYuan)
  if (price === null) errors.price = '请填写每份价格（元），最多两位小数'
  else if (price > MENU_LIMITS.maxPriceFen) errors.price = `每份价格不能超过${MENU_LIMITS.maxPriceFen / 100}元`
  const capacity = /^\d{1,4}$/.test(draft.capacity.trim()) ? Number(draft.capacity) : NaN
  if (!(capacity <= MENU_LIMITS.maxCapacity)) errors.capacity = `份数应为0到${MENU_LIMITS.maxCapacity}的整数`
  const dishes = draft.dishes.map((d, i) => {
    const name = d.name.trim()
    if (!name) errors[`dishes.${i}.name`] = '请填写菜名'
    else if (name.length > MENU_LIMITS.maxDishName) errors[`dishes.${i}.name`] = `菜名最多${MENU_LIMITS.maxDishName}个字`
    return { name, category: d.category, tags: d.tags, allergens: d.allergens }
  })
  if (dishes.length === 0) errors.dishes = '请至少填写一道菜'
  if (dishes.length > MENU_LIMITS.maxDishes) errors.dishes = `每餐最多${MENU_LIMITS.maxDishes}道菜`
  return { input: { price: price ?? 0, capacity, dishes }, errors }
}
