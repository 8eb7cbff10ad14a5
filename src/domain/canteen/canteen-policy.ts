import type { GroupRule } from './discount-groups';

/** What a county may tune about its canteens (domain.md §3; every number configurable). */
export interface CanteenPolicy {
  /** From this age on the meal's date, meals are free (article: 90岁以上老人免费供餐). */
  freeAge: number;
  /** From this age the senior rate applies (article: 60岁至80岁; 81–89 never pay more). */
  seniorAge: number;
  /** Percent of the set price each rule pays, 0–100. */
  rates: { senior: number } & Record<GroupRule, number>;
  /** Orders close this many days before the meal's date… */
  orderCutoffDaysBefore: number;
  /** …at this China time (HH:MM); cancelling closes at the same moment. */
  orderCutoffTime: string;
  /** Menus residents see: today and the following days, this many in all. */
  menuDays: number;
  /** Managers publish menus from today up to this many days ahead. */
  publishHorizonDays: number;
  /** Walking speed of the 一刻钟助餐服务圈: 75 m a minute (4.5 km/h). */
  walkMetresPerMinute: number;
  /** The circle: canteens within this many walking minutes. */
  circleMinutes: number;
  /** How long a verified group lasts when staff give no date, in days. */
  claimValidDays: number;
  /** The longest validity staff may give, in days. */
  claimMaxValidDays: number;
}

export const DEFAULT_CANTEEN_POLICY: CanteenPolicy = {
  freeAge: 90,
  seniorAge: 60,
  rates: { senior: 80, veteran: 80, dibao: 80, disabled: 80, worker: 90 },
  orderCutoffDaysBefore: 1,
  orderCutoffTime: '20:00',
  menuDays: 7,
  publishHorizonDays: 14,
  walkMetresPerMinute: 75,
  circleMinutes: 15,
  claimValidDays: 365,
  claimMaxValidDays: 1096,
};
