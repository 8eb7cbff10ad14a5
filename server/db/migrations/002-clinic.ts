import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen against the schema of their day */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('clinic_segments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('hospital_id', 'text', (c) => c.notNull().references('hospitals.id'))
    .addColumn('campus_id', 'text', (c) => c.notNull().references('campuses.id'))
    .addColumn('department_id', 'text', (c) => c.notNull().references('departments.id'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('session', 'text', (c) => c.notNull())
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('end_time', 'text', (c) => c.notNull())
    .addColumn('clinic_type', 'text', (c) => c.notNull())
    .addColumn('doctor_name', 'text')
    .addColumn('registration_fee', 'integer', (c) => c.notNull())
    .addColumn('consultation_fee', 'integer', (c) => c.notNull())
    .addColumn('capacity', 'integer', (c) => c.notNull())
    .addColumn('booked', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('clinic_segments_day_idx').on('clinic_segments').columns(['department_id', 'date']).execute();
  await db.schema.createIndex('clinic_segments_hospital_idx').on('clinic_segments').columns(['hospital_id', 'date']).execute();

  await db.schema
    .createTable('registrations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('members.id'))
    .addColumn('hospital_id', 'text', (c) => c.notNull())
    .addColumn('campus_id', 'text', (c) => c.notNull())
    .addColumn('department_id', 'text', (c) => c.notNull())
    .addColumn('segment_id', 'text', (c) => c.notNull().references('clinic_segments.id'))
    .addColumn('visit_date', 'text', (c) => c.notNull())
    .addColumn('clinic_type', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('registration_fee', 'integer', (c) => c.notNull())
    .addColumn('consultation_fee', 'integer', (c) => c.notNull())
    .addColumn('fee', 'integer', (c) => c.notNull())
    .addColumn('waived', 'integer', (c) => c.notNull())
    .addColumn('waived_amount', 'integer', (c) => c.notNull())
    .addColumn('anchor_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('status_at', 'text')
    .execute();
  await db.schema.createIndex('registrations_member_idx').on('registrations').columns(['member_id', 'visit_date']).execute();
  await db.schema.createIndex('registrations_account_idx').on('registrations').columns(['account_id', 'visit_date']).execute();
  await db.schema.createIndex('registrations_hospital_idx').on('registrations').columns(['hospital_id', 'visit_date']).execute();
  await db.schema.createIndex('registrations_anchor_idx').on('registrations').columns(['anchor_id']).execute();

  await db.schema
    .createTable('registration_audit')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('registration_id', 'text', (c) => c.notNull().references('registrations.id'))
    .addColumn('actor_account_id', 'text')
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text')
    .addColumn('from_fee', 'integer')
    .addColumn('to_fee', 'integer')
    .addColumn('reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('registration_audit_reg_idx').on('registration_audit').columns(['registration_id']).execute();

  await db.schema
    .createTable('free_clinics')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('hospital_id', 'text', (c) => c.notNull().references('hospitals.id'))
    .addColumn('campus_id', 'text', (c) => c.notNull().references('campuses.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('experts_from', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('end_time', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('departments', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('seats', 'integer', (c) => c.notNull())
    .addColumn('taken', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('free_clinic_signups')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('free_clinic_id', 'text', (c) => c.notNull().references('free_clinics.id'))
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('members.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('free_clinic_signups_member_uq', ['free_clinic_id', 'member_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['free_clinic_signups', 'free_clinics', 'registration_audit', 'registrations', 'clinic_segments']) {
    await db.schema.dropTable(table).execute();
  }
}
