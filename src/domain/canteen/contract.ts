/**
 * What the `canteen` cloud function answers (助老餐厅, domain.md §3), named once and
 * shared: the server's views are typed with these and the app imports them type-only.
 * Add fields freely; rename nothing (the contract table is held to).
 */
import type { ClaimStatus } from './claim-workflow';
import type { DiscountGroup, RuleCode } from './discount-groups';
import type { Allergen, DishCategory, DishTag, Meal } from './meals';
import type { OrderStatus } from './order-workflow';
import type { Tone } from '../workflow';

export type { Allergen, ClaimStatus, DiscountGroup, DishCategory, DishTag, Meal, OrderStatus, RuleCode };

export interface MealHours {
  meal: Meal;
  /** HH:MM China time. */
  from: string;
  to: string;
}

export interface CanteenSummary {
  id: string;
  name: string;
  address: string;
  /** Tap to call. */
  phone: string;
  lat: number;
  lng: number;
  /** Metres / 75, rounded up; null when no place was given. */
  walkMinutes: number | null;
  /** Straight-line metres from the place given; null when none was. */
  distanceMetres: number | null;
  /** Inside the 一刻钟助餐服务圈 (15 walking minutes). */
  withinCircle: boolean;
  meals: MealHours[];
}

export interface CanteensAnswer {
  /** Sorted by walking minutes when a place was given, else in the county's order. */
  canteens: CanteenSummary[];
  /** What the distances were measured from. */
  origin: { kind: 'location' } | { kind: 'community'; communityId: string; name: string } | null;
  circleMinutes: number;
  /** "一刻钟内". */
  circleLabel: string;
  /** The price rules as the canteen posts them ("90岁以上免费", "60岁以上老人八折"…). */
  pricingRules: string[];
  /** "用餐前一天20:00前报餐，截止前可取消". */
  cutoffRule: string;
  /** The days residents see menus for and may order, on the host's calendar: today first. */
  menuDates: string[];
  /** The days a manager may publish for: today up to the publishing horizon. */
  publishDates: string[];
}

export interface CommunityPlace {
  id: string;
  name: string;
  lat: number;
  lng: number;
}

export interface Dish {
  name: string;
  category: DishCategory;
  tags: DishTag[];
  allergens: Allergen[];
}

export interface RuleView {
  code: RuleCode;
  /** "90岁以上免费", "60岁以上老人八折", "退役军人八折", "原价"… */
  label: string;
}

/** One diner's price for one meal. */
export interface DinerQuote {
  price: number;
  rule: RuleView;
  /** This person's live order for the meal, if any (through any account). */
  orderId: string | null;
}

export interface MenuMeal {
  menuId: string;
  meal: Meal;
  mealLabel: string;
  from: string;
  to: string;
  /** The set price, fen (五个菜随便选: one price for the meal). */
  price: number;
  dishes: Dish[];
  capacity: number;
  remaining: number;
  /** ISO instant: orders and cancellations close here. */
  orderBy: string;
  orderable: boolean;
  /** With a member chosen: that diner's price first. */
  diner?: DinerQuote;
}

export interface MenuAnswer {
  canteenId: string;
  canteenName: string;
  date: string;
  /** Published meals only, in the order of the day. */
  meals: MenuMeal[];
  /** Every meal the canteen serves, with its hours (published or not). */
  servedMeals: MealHours[];
}

export interface CanteenQuote {
  basePrice: number;
  price: number;
  rule: RuleView;
  orderBy: string;
  orderable: boolean;
  remaining: number;
}

export interface OrderView {
  id: string;
  status: OrderStatus;
  statusLabel: string;
  canteenId: string;
  canteenName: string;
  canteenAddress: string;
  canteenPhone: string;
  date: string;
  meal: Meal;
  mealLabel: string;
  /** The meal's serving hours. */
  from: string;
  to: string;
  memberId: string;
  memberName: string;
  /** The set price when ordered, fen. */
  basePrice: number;
  /** What this diner pays, fixed when ordered, fen. */
  price: number;
  rule: RuleView;
  /** The same as rule.label, for a line of text. */
  ruleLabel: string;
  /** ISO instant: the order could be placed until here. */
  orderBy: string;
  /** ISO instant: cancelling closes here (the same cutoff). */
  cancelBy: string;
  canCancel: boolean;
  /** Still to be eaten: ordered, for today or later (我的订餐 lists these first). */
  upcoming: boolean;
  createdAt: string;
}

export interface MyOrdersAnswer {
  orders: OrderView[];
  cutoffRule: string;
}

export interface GroupClaim {
  id: string;
  memberId: string;
  group: DiscountGroup;
  groupLabel: string;
  status: ClaimStatus;
  statusLabel: string;
  statusTone: Tone;
  /** Last day the verification holds (inclusive); null until verified. */
  expiresOn: string | null;
  /** Why staff refused it. */
  reason: string | null;
  /** What to bring and where ("请携带退役军人优待证…到食堂窗口核验…"). */
  nextStep: string | null;
}

export interface MyClaimsAnswer {
  claims: Array<GroupClaim & { memberName: string }>;
}

/** A claim as canteen staff see it at the counter: who, masked, never a document image. */
export interface PendingClaim {
  id: string;
  memberName: string;
  idNumberMasked: string;
  age: number;
  sex: 'M' | 'F';
  group: DiscountGroup;
  groupLabel: string;
  /** The document to see. */
  document: string;
  status: ClaimStatus;
  statusLabel: string;
  /** The canteen the diner named for the check; null = any canteen. */
  canteenId: string | null;
  expiresOn: string | null;
  reason: string | null;
  createdAt: string;
}

export interface PendingClaimsAnswer {
  claims: PendingClaim[];
  /** The expiry an approval without a date gets (today + the policy's validity). */
  defaultExpiresOn: string;
  /** The latest expiry staff may give. */
  latestExpiresOn: string;
  /** The host's today: the earliest expiry. */
  today: string;
}

export interface PublishedMeal extends Omit<MenuMeal, 'diner'> {
  canteenId: string;
  date: string;
  /** Live orders: once there is one, only the capacity may change. */
  ordered: number;
}

export interface CopyLastWeekAnswer {
  copied: Array<{ date: string; meal: Meal }>;
  /** Meals already published on the day, or not published a week before. */
  skipped: Array<{ date: string; meal: Meal; reason: 'already_published' | 'nothing_to_copy' }>;
}

export interface MealCounts {
  meal: Meal;
  mealLabel: string;
  published: boolean;
  capacity: number;
  ordered: number;
  remaining: number;
  /** Every rule code, 0 where nobody. */
  byRule: Record<RuleCode, number>;
  /** What the diners of this meal pay in all, fen. */
  takings: number;
  dishes: Dish[];
}

export interface OrderCountsAnswer {
  canteenId: string;
  date: string;
  meals: MealCounts[];
}

export interface CanteenFigures {
  orders: number;
  /** Free meals for 90+. */
  freeMeals: number;
  /** Meals at a reduced price (every rule but age_90_plus and full). */
  discountedMeals: number;
  byRule: Record<RuleCode, number>;
  /** Full prices less what diners pay, fen: what the county's subsidy covers. */
  subsidy: number;
}

export interface CanteenStats extends CanteenFigures {
  from: string;
  to: string;
  byCanteen: Array<CanteenFigures & { canteenId: string; canteenName: string }>;
  byDay: Array<CanteenFigures & { date: string }>;
}
