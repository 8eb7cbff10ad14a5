import { sql, type Kysely, type Migration } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen against the schema of their day */

/**
 * Rules count the person, not the member row: registrations and 义诊 sign-ups carry the
 * person key. Also what the day of the visit needs: the desk's phone and how to pay, the
 * campus's coordinates, the department's room, and a queue number (序号) per segment.
 */
const clinicPerson: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('hospitals').addColumn('phone', 'text', (c) => c.notNull().defaultTo('')).execute();
    await db.schema.alterTable('hospitals').addColumn('payment_note', 'text', (c) => c.notNull().defaultTo('')).execute();
    await db.schema.alterTable('campuses').addColumn('latitude', 'double precision').execute();
    await db.schema.alterTable('campuses').addColumn('longitude', 'double precision').execute();
    await db.schema.alterTable('departments').addColumn('location', 'text', (c) => c.notNull().defaultTo('')).execute();
    await db.schema.alterTable('clinic_segments').addColumn('issued', 'integer', (c) => c.notNull().defaultTo(0)).execute();
    await db.schema.alterTable('registrations').addColumn('person_key', 'text').execute();
    await db.schema.alterTable('registrations').addColumn('queue_number', 'integer', (c) => c.notNull().defaultTo(0)).execute();
    await db.schema.alterTable('free_clinic_signups').addColumn('person_key', 'text').execute();
    for (const table of ['registrations', 'free_clinic_signups']) {
      await db
        .updateTable(table)
        .set((eb: any) => ({ person_key: eb.selectFrom('members').select('members.person_key').whereRef('members.id', '=', `${table}.member_id`) }))
        .execute();
    }
    await db.updateTable('clinic_segments').set((eb: any) => ({ issued: eb.ref('booked') })).execute();
    await db.schema.createIndex('registrations_person_idx').on('registrations').columns(['person_key', 'visit_date']).execute();
    // Only revisits have an anchor: a partial index costs a first visit nothing.
    await db.schema.dropIndex('registrations_anchor_idx').execute();
    await db.schema.createIndex('registrations_anchor_idx').on('registrations').column('anchor_id').where(sql.ref('anchor_id'), 'is not', null).execute();
    await db.schema.createIndex('free_clinic_signups_person_idx').on('free_clinic_signups').columns(['free_clinic_id', 'person_key']).execute();
  },
  async down(db: Kysely<any>) {
    await db.schema.dropIndex('free_clinic_signups_person_idx').execute();
    await db.schema.dropIndex('registrations_person_idx').execute();
    await db.schema.dropIndex('registrations_anchor_idx').execute();
    await db.schema.createIndex('registrations_anchor_idx').on('registrations').column('anchor_id').execute();
    for (const [table, column] of [
      ['free_clinic_signups', 'person_key'],
      ['registrations', 'queue_number'],
      ['registrations', 'person_key'],
      ['clinic_segments', 'issued'],
      ['departments', 'location'],
      ['campuses', 'longitude'],
      ['campuses', 'latitude'],
      ['hospitals', 'payment_note'],
      ['hospitals', 'phone'],
    ]) {
      await db.schema.alterTable(table).dropColumn(column).execute();
    }
  },
};

export const clinicMigrations = (): Record<string, Migration> => ({ '005-clinic-person': clinicPerson });
