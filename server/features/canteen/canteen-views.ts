import { canteenSentences } from '../../../src/domain/canteen/policy-sentences';
import type { CanteenPolicy } from '../../../src/domain/canteen/canteen-policy';
import { claimWorkflow, type ClaimStatus } from '../../../src/domain/canteen/claim-workflow';
import type { Dish, GroupClaim, MealHours, MenuMeal, OrderView, PendingClaim, PublishedMeal } from '../../../src/domain/canteen/contract';
import { DISCOUNT_GROUPS } from '../../../src/domain/canteen/discount-groups';
import { MEAL_CODES, mealLabel, mealOrder } from '../../../src/domain/canteen/meals';
import { isBeforeCutoff, orderCutoff } from '../../../src/domain/canteen/order-cutoff';
import { orderWorkflow } from '../../../src/domain/canteen/order-workflow';
import { businessDate } from '../../../src/domain/business-date';
import { ageOn } from '../../../src/domain/resident-id';
import { maskIdNumber } from '../../../src/domain/masking';
import type { Vault } from '../../core/personal-data';
import type { CanteenGroupClaimTable, CanteenMealHoursTable, CanteenMenuTable } from '../../db/schema';
import type { DetailedOrder } from './order-repository';

export const toMealHours = (rows: CanteenMealHoursTable[]): MealHours[] =>
  rows.map((r) => ({ meal: r.meal, from: r.opens_at, to: r.closes_at })).sort((a, b) => mealOrder(a.meal) - mealOrder(b.meal));

/** Dishes are written by the server only (validated at publishing), so the stored JSON is trusted. */
export const dishesOf = (menu: Pick<CanteenMenuTable, 'dishes'>): Dish[] => JSON.parse(menu.dishes) as Dish[];

/** One published meal as residents see it: set price, dishes, places left and when ordering closes. */
export function toMenuMeal(menu: CanteenMenuTable, hours: MealHours | undefined, now: Date, policy: CanteenPolicy, lastOrderDate: string): MenuMeal {
  const remaining = Math.max(0, menu.capacity - menu.ordered);
  return {
    menuId: menu.id,
    meal: menu.meal,
    mealLabel: mealLabel(menu.meal),
    from: hours?.from ?? '',
    to: hours?.to ?? '',
    price: menu.price,
    dishes: dishesOf(menu),
    capacity: menu.capacity,
    remaining,
    orderBy: orderCutoff(menu.date, policy).toISOString(),
    orderable: remaining > 0 && menu.date <= lastOrderDate && isBeforeCutoff(now, menu.date, policy),
  };
}

export function toPublishedMeal(menu: CanteenMenuTable, hours: MealHours | undefined, now: Date, policy: CanteenPolicy, lastOrderDate: string): PublishedMeal {
  return { ...toMenuMeal(menu, hours, now, policy, lastOrderDate), canteenId: menu.canteen_id, date: menu.date, ordered: menu.ordered };
}

export const sortByMeal = <T extends { meal: (typeof MEAL_CODES)[number] }>(items: T[]) => [...items].sort((a, b) => mealOrder(a.meal) - mealOrder(b.meal));

export function toOrderView(r: DetailedOrder, now: Date, policy: CanteenPolicy): OrderView {
  const cutoff = orderCutoff(r.date, policy).toISOString();
  return {
    id: r.id,
    status: r.status,
    statusLabel: orderWorkflow.label(r.status),
    canteenId: r.canteen_id,
    canteenName: r.canteen_name,
    canteenAddress: r.canteen_address,
    canteenPhone: r.canteen_phone,
    date: r.date,
    meal: r.meal,
    mealLabel: mealLabel(r.meal),
    from: r.opens_at ?? '',
    to: r.closes_at ?? '',
    memberId: r.member_id,
    memberName: r.member_name,
    basePrice: r.base_price,
    price: r.price,
    rule: { code: r.rule_code, label: r.rule_label },
    ruleLabel: r.rule_label,
    orderBy: cutoff,
    cancelBy: cutoff,
    canCancel: r.status === 'ordered' && isBeforeCutoff(now, r.date, policy),
    upcoming: r.status === 'ordered' && r.date >= businessDate(now),
    createdAt: r.created_at,
  };
}

/** A verification that ended before today is expired, even before the nightly job has marked it. */
export const effectiveClaimStatus = (c: Pick<CanteenGroupClaimTable, 'status' | 'expires_on'>, today: string): ClaimStatus =>
  c.status === 'verified' && c.expires_on !== null && c.expires_on < today ? 'expired' : c.status;

export function toGroupClaim(c: CanteenGroupClaimTable, memberId: string, today: string, policy: CanteenPolicy): GroupClaim {
  const status = effectiveClaimStatus(c, today);
  return {
    id: c.id,
    memberId,
    group: c.group_code,
    groupLabel: DISCOUNT_GROUPS[c.group_code].label,
    status,
    statusLabel: claimWorkflow.label(status),
    statusTone: claimWorkflow.tone(status),
    expiresOn: c.expires_on,
    reason: c.reason,
    nextStep: status === 'pending' ? canteenSentences.verifyAtCounter(c.group_code, policy) : null,
  };
}

export function toPendingClaim(
  c: CanteenGroupClaimTable & { member_name: string; id_number_enc: string | null; birth_date: string; sex: string },
  today: string,
  vault: Vault,
): PendingClaim {
  const status = effectiveClaimStatus(c, today);
  return {
    id: c.id,
    memberName: c.member_name,
    idNumberMasked: c.id_number_enc ? maskIdNumber(vault.decrypt(c.id_number_enc)) : '（已删除）',
    age: ageOn(c.birth_date, today),
    sex: c.sex === 'F' ? 'F' : 'M',
    group: c.group_code,
    groupLabel: DISCOUNT_GROUPS[c.group_code].label,
    document: DISCOUNT_GROUPS[c.group_code].document,
    status,
    statusLabel: claimWorkflow.label(status),
    canteenId: c.canteen_id,
    expiresOn: c.expires_on,
    reason: c.reason,
    createdAt: c.created_at,
  };
}
