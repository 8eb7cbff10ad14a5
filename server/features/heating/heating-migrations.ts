import type { Kysely, Migration } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen against the schema of their day */

/**
 * 温暖供热: buildings and units of the communities, complaints with their time limits,
 * station incidents, the scheduler's overdue notices, and each account's last place.
 * Contact phones are sealed (AES-256-GCM) like every phone at rest.
 */
const heating: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('heating_companies').addColumn('phone', 'text', (c) => c.notNull().defaultTo('')).execute();
    await db.schema.alterTable('communities').addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0)).execute();

    await db.schema
      .createTable('community_buildings')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('community_id', 'text', (c) => c.notNull().references('communities.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('sort_order', 'integer', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('community_buildings_community_idx').on('community_buildings').columns(['community_id', 'sort_order']).execute();

    await db.schema
      .createTable('building_units')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('building_id', 'text', (c) => c.notNull().references('community_buildings.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('sort_order', 'integer', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('building_units_building_idx').on('building_units').columns(['building_id', 'sort_order']).execute();

    await db.schema
      .createTable('heating_incidents')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('station_id', 'text', (c) => c.notNull().references('heat_stations.id'))
      .addColumn('company_id', 'text', (c) => c.notNull().references('heating_companies.id'))
      .addColumn('opened_at', 'text', (c) => c.notNull())
      .addColumn('households', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('dispatched_at', 'text')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('heating_incidents_station_idx').on('heating_incidents').columns(['station_id', 'opened_at']).execute();
    await db.schema.createIndex('heating_incidents_company_idx').on('heating_incidents').columns(['company_id', 'opened_at']).execute();

    await db.schema
      .createTable('heating_complaints')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
      .addColumn('member_id', 'text', (c) => c.references('members.id'))
      .addColumn('community_id', 'text', (c) => c.notNull().references('communities.id'))
      .addColumn('building_id', 'text', (c) => c.notNull().references('community_buildings.id'))
      .addColumn('unit_id', 'text', (c) => c.notNull().references('building_units.id'))
      .addColumn('room', 'text', (c) => c.notNull())
      .addColumn('station_id', 'text', (c) => c.notNull().references('heat_stations.id'))
      .addColumn('company_id', 'text', (c) => c.notNull().references('heating_companies.id'))
      .addColumn('incident_id', 'text', (c) => c.notNull().references('heating_incidents.id'))
      .addColumn('category', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('readings', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('phone_enc', 'text', (c) => c.notNull())
      .addColumn('measured_celsius', 'double precision')
      .addColumn('measured_at', 'text')
      .addColumn('crew_name', 'text')
      .addColumn('crew_phone_enc', 'text')
      .addColumn('accepted_at', 'text')
      .addColumn('dispatched_at', 'text')
      .addColumn('first_measured_at', 'text')
      .addColumn('resolved_at', 'text')
      .addColumn('first_resolved_at', 'text')
      .addColumn('reopened_at', 'text')
      .addColumn('closed_at', 'text')
      .addColumn('due_kind', 'text')
      .addColumn('due_at', 'text')
      .addColumn('rating_score', 'integer')
      .addColumn('rating_comment', 'text')
      .addColumn('rated_at', 'text')
      .addColumn('submitted_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('heating_complaints_account_idx').on('heating_complaints').columns(['account_id', 'submitted_at']).execute();
    await db.schema.createIndex('heating_complaints_company_due_idx').on('heating_complaints').columns(['company_id', 'status', 'due_at']).execute();
    await db.schema.createIndex('heating_complaints_due_idx').on('heating_complaints').columns(['due_at']).execute();
    await db.schema.createIndex('heating_complaints_incident_idx').on('heating_complaints').columns(['incident_id']).execute();
    await db.schema.createIndex('heating_complaints_submitted_idx').on('heating_complaints').columns(['submitted_at']).execute();
    await db.schema.createIndex('heating_complaints_resolved_idx').on('heating_complaints').columns(['status', 'resolved_at']).execute();
    await db.schema.createIndex('heating_complaints_household_idx').on('heating_complaints').columns(['unit_id', 'room', 'category']).execute();

    await db.schema
      .createTable('heating_reminders')
      .addColumn('complaint_id', 'text', (c) => c.notNull().references('heating_complaints.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('due_at', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('heating_reminders_pk', ['complaint_id', 'kind', 'due_at'])
      .execute();

    await db.schema
      .createTable('heating_residences')
      .addColumn('account_id', 'text', (c) => c.primaryKey().references('accounts.id'))
      .addColumn('community_id', 'text', (c) => c.notNull())
      .addColumn('building_id', 'text', (c) => c.notNull())
      .addColumn('unit_id', 'text', (c) => c.notNull())
      .addColumn('room', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<any>) {
    for (const table of ['heating_residences', 'heating_reminders', 'heating_complaints', 'heating_incidents', 'building_units', 'community_buildings']) {
      await db.schema.dropTable(table).execute();
    }
    await db.schema.alterTable('communities').dropColumn('sort_order').execute();
    await db.schema.alterTable('heating_companies').dropColumn('phone').execute();
  },
};

export const heatingMigrations = (): Record<string, Migration> => ({ '006-heating': heating });
