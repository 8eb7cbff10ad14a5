import type { Kysely } from 'kysely';
import type { RegistrationFacts, RegistrationStatus } from '../../../src/domain/clinic/three-day-rule';
import type { Database, RegistrationTable } from '../../db/schema';

export const toFacts = (r: RegistrationTable): RegistrationFacts => ({
  id: r.id,
  memberId: r.member_id,
  hospitalId: r.hospital_id,
  campusId: r.campus_id,
  departmentId: r.department_id,
  visitDate: r.visit_date,
  status: r.status as RegistrationStatus,
  waived: r.waived === 1,
  anchorId: r.anchor_id,
});

export function clinicRepository(db: Kysely<Database>) {
  return {
    segment: (id: string) => db.selectFrom('clinic_segments').selectAll().where('id', '=', id).executeTakeFirst(),

    segmentsOfDay: (departmentId: string, date: string) =>
      db.selectFrom('clinic_segments').selectAll().where('department_id', '=', departmentId).where('date', '=', date).orderBy('start_time').orderBy('clinic_type').orderBy('id').execute(),

    segmentsOfDays: (departmentId: string, dates: string[]) =>
      dates.length === 0
        ? Promise.resolve([])
        : db.selectFrom('clinic_segments').selectAll().where('department_id', '=', departmentId).where('date', 'in', dates).execute(),

    department: (id: string) =>
      db
        .selectFrom('departments')
        .innerJoin('campuses', 'campuses.id', 'departments.campus_id')
        .innerJoin('hospitals', 'hospitals.id', 'departments.hospital_id')
        .select([
          'departments.id as id',
          'departments.name as name',
          'departments.campus_id as campusId',
          'campuses.name as campusName',
          'departments.hospital_id as hospitalId',
          'hospitals.short_name as hospitalName',
        ])
        .where('departments.id', '=', id)
        .executeTakeFirst(),

    /** A member's registrations within a date range, for the window and limit checks. */
    memberRegistrations: (memberId: string, fromDate: string, toDate: string) =>
      db.selectFrom('registrations').selectAll().where('member_id', '=', memberId).where('visit_date', '>=', fromDate).where('visit_date', '<=', toDate).execute(),

    memberNoShowDates: async (memberId: string, sinceDate: string) =>
      (
        await db.selectFrom('registrations').select('visit_date').where('member_id', '=', memberId).where('status', '=', 'noshow').where('visit_date', '>=', sinceDate).execute()
      ).map((r) => r.visit_date),

    registrationOfAccount: (accountId: string, id: string) =>
      db.selectFrom('registrations').selectAll().where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst(),

    registrationOfHospitals: (hospitalIds: string[], id: string) =>
      hospitalIds.length === 0
        ? Promise.resolve(undefined)
        : db.selectFrom('registrations').selectAll().where('hospital_id', 'in', hospitalIds).where('id', '=', id).executeTakeFirst(),

    registration: (id: string) => db.selectFrom('registrations').selectAll().where('id', '=', id).executeTakeFirst(),

    /** Takes one place if one is left; the condition and the increment are one statement, so capacity is exact. */
    async takePlace(segmentId: string, at: string): Promise<boolean> {
      const r = await db
        .updateTable('clinic_segments')
        .set((eb) => ({ booked: eb('booked', '+', 1), updated_at: at }))
        .where('id', '=', segmentId)
        .where('status', '=', 'open')
        .whereRef('booked', '<', 'capacity')
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },

    releasePlace: (segmentId: string, at: string) =>
      db
        .updateTable('clinic_segments')
        .set((eb) => ({ booked: eb('booked', '-', 1), updated_at: at }))
        .where('id', '=', segmentId)
        .where('booked', '>', 0)
        .execute(),

    insertRegistration: (row: RegistrationTable) => db.insertInto('registrations').values(row).execute(),

    /** Moves a registration only from the status it was read in, so two racing changes cannot both win. */
    async setStatus(id: string, from: string, to: string, at: string): Promise<boolean> {
      const r = await db.updateTable('registrations').set({ status: to, status_at: at, updated_at: at }).where('id', '=', id).where('status', '=', from).executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },

    activeWaivedRevisitsOf: (anchorId: string) =>
      db.selectFrom('registrations').selectAll().where('anchor_id', '=', anchorId).where('waived', '=', 1).where('status', 'in', ['booked', 'arrived', 'fulfilled']).execute(),

    chargeFull: (id: string, at: string) =>
      db
        .updateTable('registrations')
        .set((eb) => ({ fee: eb('registration_fee', '+', eb.ref('consultation_fee')), waived: 0, waived_amount: 0, updated_at: at }))
        .where('id', '=', id)
        .execute(),

    audit: (row: Database['registration_audit']) => db.insertInto('registration_audit').values(row).execute(),

    /** Serialises bookings of one member (PostgreSQL row lock; SQLite has one writer). */
    lockMember: (memberId: string) =>
      db.updateTable('members').set((eb) => ({ name: eb.ref('name') })).where('id', '=', memberId).execute(),
  };
}

export type ClinicRepository = ReturnType<typeof clinicRepository>;
