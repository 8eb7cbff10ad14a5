import { sql, type Kysely } from 'kysely';
import type { Meal } from '../../../src/domain/canteen/meals';
import type { CanteenOrderTable, Database } from '../../db/schema';

/** Orders (报餐) and what the kitchen and the county count from them. */
export function orderRepository(db: Kysely<Database>) {
  /** An order with the names and hours a resident reads. */
  const detailed = () =>
    db
      .selectFrom('canteen_orders')
      .innerJoin('canteens', 'canteens.id', 'canteen_orders.canteen_id')
      .innerJoin('members', 'members.id', 'canteen_orders.member_id')
      .leftJoin('canteen_meal_hours', (join) => join.onRef('canteen_meal_hours.canteen_id', '=', 'canteen_orders.canteen_id').onRef('canteen_meal_hours.meal', '=', 'canteen_orders.meal'))
      .selectAll('canteen_orders')
      .select([
        'canteens.name as canteen_name',
        'canteens.address as canteen_address',
        'canteens.phone as canteen_phone',
        'members.name as member_name',
        'canteen_meal_hours.opens_at as opens_at',
        'canteen_meal_hours.closes_at as closes_at',
      ]);

  return {
    /** The person's live order for a date and meal, through any member of any account. */
    livePersonOrder: (personKey: string, date: string, meal: Meal) =>
      db.selectFrom('canteen_orders').selectAll().where('person_key', '=', personKey).where('date', '=', date).where('meal', '=', meal).where('status', '=', 'ordered').executeTakeFirst(),

    livePersonOrders: (personKey: string, date: string) =>
      db.selectFrom('canteen_orders').select(['id', 'meal', 'canteen_id']).where('person_key', '=', personKey).where('date', '=', date).where('status', '=', 'ordered').execute(),

    /** Adds a live order unless the person already holds one for the date and meal; true when added. */
    async insert(row: CanteenOrderTable): Promise<boolean> {
      const r = await db
        .insertInto('canteen_orders')
        .values(row)
        .onConflict((oc) => oc.columns(['person_key', 'date', 'meal']).where(sql<boolean>`status = 'ordered'`).doNothing())
        .executeTakeFirst();
      return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
    },

    orderOfAccount: (accountId: string, id: string) => db.selectFrom('canteen_orders').selectAll().where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst(),

    detailOfAccount: (accountId: string, id: string) => detailed().where('canteen_orders.account_id', '=', accountId).where('canteen_orders.id', '=', id).executeTakeFirst(),

    detailsOfAccount: (accountId: string, limit: number) =>
      detailed().where('canteen_orders.account_id', '=', accountId).orderBy('canteen_orders.date', 'desc').orderBy('canteen_orders.created_at', 'desc').limit(limit).execute(),

    /** Live orders per meal and pricing rule of one canteen's day, with what they pay. */
    countsOfDay: (canteenId: string, date: string) =>
      db
        .selectFrom('canteen_orders')
        .select((eb) => ['meal', 'rule_code', eb.fn.countAll<string | number>().as('n'), eb.fn.sum<string | number>('price').as('takings')])
        .where('canteen_id', '=', canteenId)
        .where('date', '=', date)
        .where('status', '=', 'ordered')
        .groupBy(['meal', 'rule_code'])
        .execute(),

    /** Live orders per canteen, day and rule over a period, with full and paid sums. */
    figures: (from: string, to: string) =>
      db
        .selectFrom('canteen_orders')
        .select((eb) => [
          'canteen_id',
          'date',
          'rule_code',
          eb.fn.countAll<string | number>().as('n'),
          eb.fn.sum<string | number>('base_price').as('full'),
          eb.fn.sum<string | number>('price').as('paid'),
        ])
        .where('date', '>=', from)
        .where('date', '<=', to)
        .where('status', '=', 'ordered')
        .groupBy(['canteen_id', 'date', 'rule_code'])
        .execute(),
  };
}

export type OrderRepository = ReturnType<typeof orderRepository>;
export type DetailedOrder = NonNullable<Awaited<ReturnType<OrderRepository['detailOfAccount']>>>;
