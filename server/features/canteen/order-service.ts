import { addDays, businessDate } from '../../../src/domain/business-date';
import type { CanteenPolicy } from '../../../src/domain/canteen/canteen-policy';
import type { CanteenQuote, MyOrdersAnswer, OrderView } from '../../../src/domain/canteen/contract';
import { mealLabel, mealOrder, type Meal } from '../../../src/domain/canteen/meals';
import { cutoffDate, isBeforeCutoff, orderCutoff } from '../../../src/domain/canteen/order-cutoff';
import { orderWorkflow } from '../../../src/domain/canteen/order-workflow';
import { canteenSentences } from '../../../src/domain/canteen/policy-sentences';
import { priceForDiner } from '../../../src/domain/canteen/pricing';
import { inclusiveEnd, monthDay, timeRange } from '../../../src/domain/date-wording';
import { formatYuan } from '../../../src/domain/money';
import { AppError } from '../../core/errors';
import { newId } from '../../core/ids';
import type { StatusStore } from '../../db/status-store';
import type { CanteenOrderTable, MemberTable } from '../../db/schema';
import type { MemberRepository } from '../account/member-repository';
import type { Outbox } from '../messages/outbox';
import { canteenError } from './canteen-errors';
import type { CanteenRepository } from './canteen-repository';
import { toOrderView } from './canteen-views';
import type { ClaimRepository } from './claim-repository';
import { dinerOf } from './diner';
import type { OrderRepository } from './order-repository';

export interface OrderDeps {
  canteens: CanteenRepository;
  orders: OrderRepository;
  claims: ClaimRepository;
  members: MemberRepository;
  outbox: Outbox;
  statuses: StatusStore;
  /** Takes the person lock in the call's transaction. */
  lockPerson: (personKey: string) => Promise<void>;
  now: Date;
  policy: CanteenPolicy;
}

export interface MealRef {
  canteenId: string;
  date: string;
  meal: Meal;
}

const ORDERS_PAGE = '/packages/canteen/pages/orders/index';

/** A family's side of 报餐: quotes, orders and cancellations, scoped to the account, rules to the person. */
export function orderService({ canteens, orders, claims, members, outbox, statuses, lockPerson, now, policy }: OrderDeps) {
  const today = businessDate(now);
  const at = now.toISOString();
  const lastOrderDate = addDays(today, policy.menuDays - 1);
  const closesAt = (date: string) => canteenSentences.closesAt(cutoffDate(date, policy), policy);

  async function memberOf(accountId: string, memberId: string, read = members.findActive): Promise<MemberTable> {
    const member = await read(accountId, memberId);
    if (!member) throw new AppError('NOT_FOUND', '未找到该就餐人');
    return member;
  }

  /** The canteen, the meal's hours and its published menu. */
  async function mealOf(ref: MealRef) {
    const found = await canteens.mealAt(ref.canteenId, ref.date, ref.meal);
    if (!found) throw new AppError('NOT_FOUND', '未找到该食堂');
    const { menu_id: menuId, price, capacity, ordered, ...canteen } = found;
    if (menuId === null || price === null || capacity === null || ordered === null) {
      throw canteenError('MENU_NOT_PUBLISHED', `${canteen.canteen_name}${monthDay(ref.date)}${mealLabel(ref.meal)}的菜单尚未发布`);
    }
    return { canteen, menu: { id: menuId, price, capacity, ordered } };
  }

  async function view(accountId: string, orderId: string): Promise<OrderView> {
    const row = await orders.detailOfAccount(accountId, orderId);
    if (!row) throw new AppError('NOT_FOUND', '未找到该订餐记录');
    return toOrderView(row, now, policy);
  }

  const priceWords = (price: number, rule: string) => (price === 0 ? `免费（${rule}）` : `${formatYuan(price)}（${rule}）`);

  return {
    async quote(accountId: string, input: MealRef & { memberId: string }): Promise<CanteenQuote> {
      const member = await memberOf(accountId, input.memberId);
      const { menu } = await mealOf(input);
      const quote = priceForDiner({ basePrice: menu.price, mealDate: input.date, diner: dinerOf(member, await claims.ofPerson(member.person_key)), policy });
      const remaining = Math.max(0, menu.capacity - menu.ordered);
      return {
        basePrice: quote.basePrice,
        price: quote.price,
        rule: quote.rule,
        orderBy: orderCutoff(input.date, policy).toISOString(),
        orderable: remaining > 0 && input.date <= lastOrderDate && isBeforeCutoff(now, input.date, policy),
        remaining,
      };
    },

    async order(accountId: string, input: MealRef & { memberId: string }): Promise<OrderView> {
      // Every writer of a person's orders and claims takes the person's lock first (here in
      // the statement that reads the member), so the checks below see every committed order
      // of the person, through any account.
      const member = await memberOf(accountId, input.memberId, members.findActiveLockingPerson);
      const { canteen, menu } = await mealOf(input);
      if (!isBeforeCutoff(now, input.date, policy)) throw canteenError('ORDER_CUTOFF_PASSED', `${monthDay(input.date)}${mealLabel(input.meal)}的报餐已于${closesAt(input.date)}截止`);
      if (input.date > lastOrderDate) {
        throw new AppError('VALIDATION_FAILED', `只能预订${inclusiveEnd(lastOrderDate)}以前的餐`, { date: `只能预订${monthDay(lastOrderDate)}以前的餐` });
      }
      const earlier = await orders.livePersonOrder(member.person_key, input.date, input.meal);
      if (earlier) {
        const where = earlier.canteen_id === canteen.canteen_id ? '' : '（其他食堂）';
        throw canteenError('ALREADY_ORDERED', `${member.name}${monthDay(input.date)}${mealLabel(input.meal)}已报餐${where}，请勿重复报餐`);
      }
      const taken = await canteens.takePlace(menu.id, at);
      if (!taken) throw canteenError('MEAL_FULL', `${canteen.canteen_name}${monthDay(input.date)}${mealLabel(input.meal)}已订满`);
      // The price is the server's, from the menu as the place was taken: a client's price is never read.
      const quote = priceForDiner({ basePrice: taken.price, mealDate: input.date, diner: dinerOf(member, await claims.ofPerson(member.person_key)), policy });
      const row: CanteenOrderTable = {
        id: newId('ord'),
        account_id: accountId,
        member_id: member.id,
        person_key: member.person_key,
        canteen_id: canteen.canteen_id,
        menu_id: menu.id,
        date: input.date,
        meal: input.meal,
        status: 'ordered',
        base_price: quote.basePrice,
        price: quote.price,
        rule_code: quote.rule.code,
        rule_label: quote.rule.label,
        created_at: at,
        updated_at: at,
      };
      // Under the person lock this always adds; the partial unique index stands behind it.
      if (!(await orders.insert(row))) throw canteenError('ALREADY_ORDERED', `${member.name}${monthDay(input.date)}${mealLabel(input.meal)}已报餐，请勿重复报餐`);
      await statuses.record(orderWorkflow, { id: row.id, from: null, to: 'ordered', actor: { accountId, role: 'resident' }, at });
      // The answer is built from what this call already holds: no second read of the order.
      const placed = toOrderView({ ...row, ...canteen, member_name: member.name }, now, policy);
      await outbox.enqueue({
        accountId,
        kind: 'canteen_ordered',
        title: '报餐成功',
        body: `${member.name} ${monthDay(input.date)}${placed.mealLabel}（${canteen.canteen_name}，${timeRange(placed.from, placed.to)}）已报餐，${priceWords(quote.price, quote.rule.label)}。${closesAt(input.date)}前可取消。`,
        page: ORDERS_PAGE,
        now,
      });
      return placed;
    },

    async cancel(accountId: string, orderId: string): Promise<OrderView> {
      const order = await orders.orderOfAccount(accountId, orderId);
      if (!order) throw new AppError('NOT_FOUND', '未找到该订餐记录');
      await lockPerson(order.person_key);
      orderWorkflow.assertTransition(order.status, 'cancelled', '该报餐已取消');
      if (!isBeforeCutoff(now, order.date, policy)) {
        throw canteenError('ORDER_CUTOFF_PASSED', `已过取消截止时间（${closesAt(order.date)}），如不能就餐请致电食堂`);
      }
      const actor = { accountId, role: 'resident' };
      if (!(await statuses.move(orderWorkflow, { table: 'canteen_orders', id: order.id, from: 'ordered', to: 'cancelled', actor, at }))) {
        throw new AppError('CONFLICT', '该报餐状态已变化，请刷新');
      }
      // The place comes back only because this call is the one that cancelled the order.
      await canteens.releasePlace(order.menu_id, at);
      const cancelled = await view(accountId, order.id);
      await outbox.enqueue({
        accountId,
        kind: 'canteen_cancelled',
        title: '报餐已取消',
        body: `${cancelled.memberName} ${monthDay(order.date)}${cancelled.mealLabel}（${cancelled.canteenName}）的报餐已取消，未收费。`,
        page: ORDERS_PAGE,
        now,
      });
      return cancelled;
    },

    /** 我的订餐: the whole family's orders, the coming ones first (soonest first), then the rest (latest first). */
    async mine(accountId: string): Promise<MyOrdersAnswer> {
      const views = (await orders.detailsOfAccount(accountId, 200)).map((r) => toOrderView(r, now, policy));
      const isUpcoming = (o: OrderView) => o.upcoming;
      const soonest = (a: OrderView, b: OrderView) => a.date.localeCompare(b.date) || mealOrder(a.meal) - mealOrder(b.meal);
      const upcoming = views.filter(isUpcoming).sort(soonest);
      const rest = views.filter((o) => !isUpcoming(o)).sort((a, b) => soonest(b, a));
      return { orders: [...upcoming, ...rest], cutoffRule: canteenSentences.cutoff(policy) };
    },
  };
}
