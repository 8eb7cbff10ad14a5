import type { Kysely } from 'kysely';
import type { Meal } from '../../../src/domain/canteen/meals';
import type { CanteenMenuTable, Database } from '../../db/schema';

export type MenuValues = Pick<CanteenMenuTable, 'price' | 'capacity' | 'dishes' | 'published_by' | 'updated_at'>;

/** Canteens, their hours, community places and menus; services hold no SQL. */
export function canteenRepository(db: Kysely<Database>) {
  return {
    canteens: () => db.selectFrom('canteens').selectAll().orderBy('sort_order').orderBy('id').execute(),

    canteen: (id: string) => db.selectFrom('canteens').selectAll().where('id', '=', id).executeTakeFirst(),

    mealHours: (canteenIds?: string[]) => {
      let query = db.selectFrom('canteen_meal_hours').selectAll();
      if (canteenIds) query = query.where('canteen_id', 'in', canteenIds.length ? canteenIds : ['']);
      return query.execute();
    },

    communities: () =>
      db
        .selectFrom('communities')
        .innerJoin('community_locations', 'community_locations.community_id', 'communities.id')
        .select(['communities.id as id', 'communities.name as name', 'community_locations.latitude as latitude', 'community_locations.longitude as longitude'])
        .orderBy('communities.id')
        .execute(),

    community: (id: string) =>
      db
        .selectFrom('communities')
        .leftJoin('community_locations', 'community_locations.community_id', 'communities.id')
        .select(['communities.id as id', 'communities.name as name', 'community_locations.latitude as latitude', 'community_locations.longitude as longitude'])
        .where('communities.id', '=', id)
        .executeTakeFirst(),

    menu: (canteenId: string, date: string, meal: Meal) =>
      db.selectFrom('canteen_menus').selectAll().where('canteen_id', '=', canteenId).where('date', '=', date).where('meal', '=', meal).executeTakeFirst(),

    /** A canteen with one meal's hours and its menu on a date (menu columns null when unpublished), in one read. */
    mealAt: (canteenId: string, date: string, meal: Meal) =>
      db
        .selectFrom('canteens')
        .leftJoin('canteen_menus', (join) => join.onRef('canteen_menus.canteen_id', '=', 'canteens.id').on('canteen_menus.date', '=', date).on('canteen_menus.meal', '=', meal))
        .leftJoin('canteen_meal_hours', (join) => join.onRef('canteen_meal_hours.canteen_id', '=', 'canteens.id').on('canteen_meal_hours.meal', '=', meal))
        .select([
          'canteens.id as canteen_id',
          'canteens.name as canteen_name',
          'canteens.address as canteen_address',
          'canteens.phone as canteen_phone',
          'canteen_meal_hours.opens_at as opens_at',
          'canteen_meal_hours.closes_at as closes_at',
          'canteen_menus.id as menu_id',
          'canteen_menus.price as price',
          'canteen_menus.capacity as capacity',
          'canteen_menus.ordered as ordered',
        ])
        .where('canteens.id', '=', canteenId)
        .executeTakeFirst(),

    menusOfDay: (canteenId: string, date: string) => db.selectFrom('canteen_menus').selectAll().where('canteen_id', '=', canteenId).where('date', '=', date).execute(),

    menusOfDays: (canteenId: string, dates: string[]) =>
      dates.length === 0 ? Promise.resolve([]) : db.selectFrom('canteen_menus').selectAll().where('canteen_id', '=', canteenId).where('date', 'in', dates).execute(),

    /**
     * Takes one place if one is left and answers the menu as it stands after: the
     * condition and the increment are one statement, so capacity is exact under any
     * concurrency, and the price read is the price the place was taken at.
     */
    takePlace: (menuId: string, at: string) =>
      db
        .updateTable('canteen_menus')
        .set((eb) => ({ ordered: eb('ordered', '+', 1), updated_at: at }))
        .where('id', '=', menuId)
        .whereRef('ordered', '<', 'capacity')
        .returningAll()
        .executeTakeFirst(),

    releasePlace: (menuId: string, at: string) =>
      db.updateTable('canteen_menus').set((eb) => ({ ordered: eb('ordered', '-', 1), updated_at: at })).where('id', '=', menuId).where('ordered', '>', 0).execute(),

    /** Adds a menu unless the meal is already published; true when it was added. */
    async insertMenu(row: CanteenMenuTable): Promise<boolean> {
      const r = await db
        .insertInto('canteen_menus')
        .values(row)
        .onConflict((oc) => oc.columns(['canteen_id', 'date', 'meal']).doNothing())
        .executeTakeFirst();
      return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
    },

    /** Replaces dishes, price and capacity only while nobody has ordered; true when it changed. */
    async replaceUnorderedMenu(id: string, values: MenuValues): Promise<boolean> {
      const r = await db.updateTable('canteen_menus').set(values).where('id', '=', id).where('ordered', '=', 0).executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },

    /** Changes the capacity only if it still holds everyone who ordered; true when it changed. */
    async setCapacity(id: string, capacity: number, at: string): Promise<boolean> {
      const r = await db.updateTable('canteen_menus').set({ capacity, updated_at: at }).where('id', '=', id).where('ordered', '<=', capacity).executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
  };
}

export type CanteenRepository = ReturnType<typeof canteenRepository>;
