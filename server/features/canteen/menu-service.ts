import { addDays, businessDate, datesFrom } from '../../../src/domain/business-date';
import type { CanteenPolicy } from '../../../src/domain/canteen/canteen-policy';
import type { CopyLastWeekAnswer, Dish, MenuAnswer, PublishedMeal } from '../../../src/domain/canteen/contract';
import { mealLabel, type Meal } from '../../../src/domain/canteen/meals';
import { priceForDiner } from '../../../src/domain/canteen/pricing';
import { inclusiveEnd, monthDay } from '../../../src/domain/date-wording';
import { AppError } from '../../core/errors';
import { newId } from '../../core/ids';
import type { CanteenMenuTable, CanteenTable } from '../../db/schema';
import type { MemberRepository } from '../account/member-repository';
import type { ClaimRepository } from './claim-repository';
import { canteenError } from './canteen-errors';
import type { CanteenRepository } from './canteen-repository';
import { sortByMeal, toMealHours, toMenuMeal, toPublishedMeal } from './canteen-views';
import { dinerOf } from './diner';
import type { OrderRepository } from './order-repository';

export interface MenuDeps {
  canteens: CanteenRepository;
  members: MemberRepository;
  claims: ClaimRepository;
  orders: OrderRepository;
  /** Serialises writers of one canteen's day (capacity of the day, two managers at once). */
  lockKey: (key: string) => Promise<void>;
  now: Date;
  policy: CanteenPolicy;
  actorAccountId: string | null;
}

export interface MenuInput {
  canteenId: string;
  date: string;
  meal: Meal;
  price: number;
  capacity: number;
  dishes: Dish[];
}

/** Menus: what residents read (with one diner's price first), and what managers publish. */
export function menuService({ canteens, members, claims, orders, lockKey, now, policy, actorAccountId }: MenuDeps) {
  const today = businessDate(now);
  const at = now.toISOString();
  const lastOrderDate = addDays(today, policy.menuDays - 1);

  async function canteenOf(canteenId: string): Promise<CanteenTable> {
    const canteen = await canteens.canteen(canteenId);
    if (!canteen) throw new AppError('NOT_FOUND', '未找到该食堂');
    return canteen;
  }

  const hoursOf = async (canteenId: string) => toMealHours(await canteens.mealHours([canteenId]));

  function assertPublishable(date: string) {
    const horizon = addDays(today, policy.publishHorizonDays);
    if (date < today || date > horizon) throw new AppError('VALIDATION_FAILED', `只能发布今天至${inclusiveEnd(horizon)}的菜单`, { date: `只能发布今天至${monthDay(horizon)}的菜单` });
  }

  /** The day's meals together may not promise more than the kitchen cooks in a day. */
  function assertDailyCapacity(canteen: CanteenTable, dayMenus: CanteenMenuTable[], meal: Meal, capacity: number) {
    const others = dayMenus.filter((m) => m.meal !== meal).reduce((sum, m) => sum + m.capacity, 0);
    if (others + capacity > canteen.daily_capacity) {
      const message = `一天各餐合计不能超过每日供餐能力${canteen.daily_capacity}份（其他餐次已有${others}份）`;
      throw new AppError('VALIDATION_FAILED', message, { capacity: message });
    }
  }

  async function published(menu: CanteenMenuTable): Promise<PublishedMeal> {
    const hours = await hoursOf(menu.canteen_id);
    return toPublishedMeal(menu, hours.find((h) => h.meal === menu.meal), now, policy, lastOrderDate);
  }

  return {
    /** A canteen's published meals on a date; with a member, that diner's price and any order of theirs. */
    async menu(canteenId: string, date: string, viewer?: { accountId: string; memberId: string }): Promise<MenuAnswer> {
      const canteen = await canteenOf(canteenId);
      const diner = viewer ? await members.findActive(viewer.accountId, viewer.memberId) : undefined;
      if (viewer && !diner) throw new AppError('NOT_FOUND', '未找到该就餐人');
      const [hours, menus] = await Promise.all([hoursOf(canteenId), canteens.menusOfDay(canteenId, date)]);
      const [personClaims, personOrders] = diner ? await Promise.all([claims.ofPerson(diner.person_key), orders.livePersonOrders(diner.person_key, date)]) : [[], []];
      const meals = sortByMeal(menus).map((menu) => {
        const view = toMenuMeal(menu, hours.find((h) => h.meal === menu.meal), now, policy, lastOrderDate);
        if (!diner) return view;
        const quote = priceForDiner({ basePrice: menu.price, mealDate: date, diner: dinerOf(diner, personClaims), policy });
        return { ...view, diner: { price: quote.price, rule: quote.rule, orderId: personOrders.find((o) => o.meal === menu.meal)?.id ?? null } };
      });
      return { canteenId, canteenName: canteen.name, date, meals, servedMeals: hours };
    },

    /**
     * Publishes a meal, or changes it: dishes and price only while nobody has ordered (the
     * price a diner ordered at must stay the menu's), the capacity at any time down to
     * the orders taken.
     */
    async publish(input: MenuInput): Promise<PublishedMeal> {
      const canteen = await canteenOf(input.canteenId);
      assertPublishable(input.date);
      const hours = await hoursOf(canteen.id);
      if (!hours.some((h) => h.meal === input.meal)) {
        throw new AppError('VALIDATION_FAILED', `本食堂不供应${mealLabel(input.meal)}`, { meal: `本食堂不供应${mealLabel(input.meal)}` });
      }
      await lockKey(`canteen-day:${canteen.id}:${input.date}`);
      const dayMenus = await canteens.menusOfDay(canteen.id, input.date);
      assertDailyCapacity(canteen, dayMenus, input.meal, input.capacity);
      const dishes = JSON.stringify(input.dishes);
      const existing = dayMenus.find((m) => m.meal === input.meal);
      if (!existing) {
        const row: CanteenMenuTable = { id: newId('menu'), canteen_id: canteen.id, date: input.date, meal: input.meal, price: input.price, capacity: input.capacity, ordered: 0, dishes, published_by: actorAccountId, created_at: at, updated_at: at };
        if (!(await canteens.insertMenu(row))) throw new AppError('CONFLICT', '该餐次菜单刚被发布，请刷新');
        return published(row);
      }
      if (existing.price !== input.price || existing.dishes !== dishes) {
        // The check and the change are one statement: an order racing in either came first (refused here) or sees the new menu.
        if (!(await canteens.replaceUnorderedMenu(existing.id, { price: input.price, capacity: input.capacity, dishes, published_by: actorAccountId, updated_at: at }))) {
          throw canteenError('MENU_HAS_ORDERS');
        }
      } else if (!(await canteens.setCapacity(existing.id, input.capacity, at))) {
        const ordered = (await canteens.menu(canteen.id, input.date, input.meal))?.ordered ?? existing.ordered;
        throw canteenError('CAPACITY_BELOW_ORDERED', `份数不能少于已报餐的${ordered}人`, { capacity: `不能少于已报餐的${ordered}人` });
      }
      const after = await canteens.menu(canteen.id, input.date, input.meal);
      return published(after!);
    },

    /** Copies each meal of the same weekday a week earlier onto days not yet published. */
    async copyLastWeek(input: { canteenId: string; date: string; days: number }): Promise<CopyLastWeekAnswer> {
      const canteen = await canteenOf(input.canteenId);
      const dates = datesFrom(input.date, input.days);
      dates.forEach(assertPublishable);
      const served = (await hoursOf(canteen.id)).map((h) => h.meal);
      const answer: CopyLastWeekAnswer = { copied: [], skipped: [] };
      for (const date of dates) {
        await lockKey(`canteen-day:${canteen.id}:${date}`);
        const [dayMenus, lastWeek] = await Promise.all([canteens.menusOfDay(canteen.id, date), canteens.menusOfDay(canteen.id, addDays(date, -7))]);
        for (const meal of served) {
          const source = lastWeek.find((m) => m.meal === meal);
          if (dayMenus.some((m) => m.meal === meal)) {
            answer.skipped.push({ date, meal, reason: 'already_published' });
          } else if (!source) {
            answer.skipped.push({ date, meal, reason: 'nothing_to_copy' });
          } else {
            assertDailyCapacity(canteen, dayMenus, meal, source.capacity);
            const row: CanteenMenuTable = { ...source, id: newId('menu'), date, ordered: 0, published_by: actorAccountId, created_at: at, updated_at: at };
            if (await canteens.insertMenu(row)) {
              dayMenus.push(row);
              answer.copied.push({ date, meal });
            } else {
              answer.skipped.push({ date, meal, reason: 'already_published' });
            }
          }
        }
      }
      return answer;
    },
  };
}
