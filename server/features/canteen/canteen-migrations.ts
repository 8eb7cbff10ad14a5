import { sql, type Kysely, type Migration } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen against the schema of their day */

/**
 * 助老餐厅: the county's order of its canteens and their meal hours, where the communities lie (canteens near a
 * community), one menu per canteen, date and meal with a conditional order counter, the
 * orders (one live order per person per date and meal, across accounts) and the
 * discount-group claims (one pending or verified claim per person and group).
 * The services check under the person lock; inserts go through ON CONFLICT on the partial
 * unique indexes, so even without it a second live order or claim is never added.
 */
const canteen: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('canteens').addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0)).execute();
    await db.schema
      .createTable('canteen_meal_hours')
      .addColumn('canteen_id', 'text', (c) => c.notNull().references('canteens.id'))
      .addColumn('meal', 'text', (c) => c.notNull())
      .addColumn('opens_at', 'text', (c) => c.notNull())
      .addColumn('closes_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('canteen_meal_hours_pk', ['canteen_id', 'meal'])
      .execute();

    await db.schema
      .createTable('community_locations')
      .addColumn('community_id', 'text', (c) => c.primaryKey().references('communities.id'))
      .addColumn('latitude', 'double precision', (c) => c.notNull())
      .addColumn('longitude', 'double precision', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('canteen_menus')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('canteen_id', 'text', (c) => c.notNull().references('canteens.id'))
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('meal', 'text', (c) => c.notNull())
      .addColumn('price', 'integer', (c) => c.notNull())
      .addColumn('capacity', 'integer', (c) => c.notNull())
      .addColumn('ordered', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('dishes', 'text', (c) => c.notNull())
      .addColumn('published_by', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('canteen_menus_meal_unique', ['canteen_id', 'date', 'meal'])
      .execute();

    await db.schema
      .createTable('canteen_orders')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
      .addColumn('member_id', 'text', (c) => c.notNull().references('members.id'))
      .addColumn('person_key', 'text', (c) => c.notNull())
      .addColumn('canteen_id', 'text', (c) => c.notNull().references('canteens.id'))
      .addColumn('menu_id', 'text', (c) => c.notNull().references('canteen_menus.id'))
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('meal', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('base_price', 'integer', (c) => c.notNull())
      .addColumn('price', 'integer', (c) => c.notNull())
      .addColumn('rule_code', 'text', (c) => c.notNull())
      .addColumn('rule_label', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('canteen_orders_person_meal_live').on('canteen_orders').columns(['person_key', 'date', 'meal']).unique().where(sql.ref('status'), '=', 'ordered').execute();
    await db.schema.createIndex('canteen_orders_account_idx').on('canteen_orders').columns(['account_id', 'date']).execute();
    await db.schema.createIndex('canteen_orders_menu_idx').on('canteen_orders').columns(['menu_id', 'status']).execute();
    await db.schema.createIndex('canteen_orders_date_idx').on('canteen_orders').columns(['date', 'canteen_id']).execute();

    await db.schema
      .createTable('canteen_group_claims')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('person_key', 'text', (c) => c.notNull())
      .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
      .addColumn('member_id', 'text', (c) => c.notNull().references('members.id'))
      .addColumn('group_code', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('canteen_id', 'text', (c) => c.references('canteens.id'))
      .addColumn('expires_on', 'text')
      .addColumn('reason', 'text')
      .addColumn('reviewed_by', 'text')
      .addColumn('reviewed_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('canteen_claims_person_group_live')
      .on('canteen_group_claims')
      .columns(['person_key', 'group_code'])
      .unique()
      .where(sql.ref('status'), 'in', ['pending', 'verified'])
      .execute();
    await db.schema.createIndex('canteen_claims_status_idx').on('canteen_group_claims').columns(['status', 'expires_on']).execute();
  },
  async down(db: Kysely<any>) {
    for (const table of ['canteen_group_claims', 'canteen_orders', 'canteen_menus', 'community_locations', 'canteen_meal_hours']) {
      await db.schema.dropTable(table).execute();
    }
    await db.schema.alterTable('canteens').dropColumn('sort_order').execute();
  },
};

export const canteenMigrations = (): Record<string, Migration> => ({ '007-canteen': canteen });
