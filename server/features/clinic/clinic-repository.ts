import type { Kysely } from 'kysely';
import type { RegistrationFacts } from '../../../src/domain/clinic/three-day-rule';
import { registrationWorkflow } from '../../../src/domain/clinic/registration-workflow';
import type { ClinicSegmentTable, Database, RegistrationTable } from '../../db/schema';

export const toFacts = (r: RegistrationTable): RegistrationFacts => ({
  id: r.id,
  personKey: r.person_key,
  hospitalId: r.hospital_id,
  campusId: r.campus_id,
  departmentId: r.department_id,
  visitDate: r.visit_date,
  status: r.status,
  waived: r.waived === 1,
  anchorId: r.anchor_id,
});

const ACTIVE = registrationWorkflow.statuses.filter((s) => registrationWorkflow.isActive(s));
/** What the figures count: every registration that stood, missed ones included (a cancelled one never did). */
const STOOD = registrationWorkflow.statuses.filter((s) => s !== 'cancelled');

/** Where a registration's visit happens and how to pay: what its guide shows (departments, campuses and hospitals joined). */
const PLACE_COLUMNS = [
  'departments.name as department_name',
  'departments.location as department_location',
  'campuses.name as campus_name',
  'campuses.address as campus_address',
  'campuses.latitude as campus_latitude',
  'campuses.longitude as campus_longitude',
  'hospitals.short_name as hospital_name',
  'hospitals.phone as hospital_phone',
  'hospitals.payment_note as payment_note',
] as const;

export type SegmentValues = Pick<
  ClinicSegmentTable,
  'session' | 'start_time' | 'end_time' | 'clinic_type' | 'doctor_name' | 'registration_fee' | 'consultation_fee' | 'capacity' | 'status' | 'updated_at'
>;

/** Every statement of 暖心就医; services hold no SQL. */
export function clinicRepository(db: Kysely<Database>) {
  /** A registration with the names and the facts of its day (desk lists, 我的挂号, the success page). */
  const detailed = () =>
    db
      .selectFrom('registrations')
      .innerJoin('members', 'members.id', 'registrations.member_id')
      .innerJoin('clinic_segments', 'clinic_segments.id', 'registrations.segment_id')
      .innerJoin('departments', 'departments.id', 'registrations.department_id')
      .innerJoin('campuses', 'campuses.id', 'registrations.campus_id')
      .innerJoin('hospitals', 'hospitals.id', 'registrations.hospital_id')
      .selectAll('registrations')
      .select(['members.name as member_name', 'clinic_segments.start_time as start_time', 'clinic_segments.end_time as end_time', ...PLACE_COLUMNS]);

  return {
    places: () =>
      Promise.all([
        db.selectFrom('hospitals').selectAll().orderBy('sort_order').execute(),
        db.selectFrom('campuses').selectAll().orderBy('sort_order').execute(),
        db.selectFrom('departments').selectAll().orderBy('sort_order').execute(),
      ]),

    segment: (id: string) => db.selectFrom('clinic_segments').selectAll().where('id', '=', id).executeTakeFirst(),

    segmentsOfDay: (departmentId: string, date: string) =>
      db.selectFrom('clinic_segments').selectAll().where('department_id', '=', departmentId).where('date', '=', date).orderBy('start_time').orderBy('clinic_type').orderBy('id').execute(),

    segmentsOfDays: (departmentId: string, dates: string[]) =>
      dates.length === 0 ? Promise.resolve([]) : db.selectFrom('clinic_segments').selectAll().where('department_id', '=', departmentId).where('date', 'in', dates).execute(),

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

    /**
     * What booking needs of a person's history in one statement: every registration in the
     * window range (revisit windows, duplicates, the daily limit) and every no-show since a date.
     */
    personHistory: (personKey: string, range: { from: string; to: string }, noShowsSince: string) =>
      db
        .selectFrom('registrations')
        .selectAll()
        .where('person_key', '=', personKey)
        .where((eb) => eb.or([eb.and([eb('visit_date', '>=', range.from), eb('visit_date', '<=', range.to)]), eb.and([eb('status', '=', 'noshow'), eb('visit_date', '>=', noShowsSince)])]))
        .execute(),

    /** The names and day-of-visit facts of a department's place (for a registration's guide). */
    placeOf: (departmentId: string) =>
      db
        .selectFrom('departments')
        .innerJoin('campuses', 'campuses.id', 'departments.campus_id')
        .innerJoin('hospitals', 'hospitals.id', 'departments.hospital_id')
        .select(PLACE_COLUMNS)
        .where('departments.id', '=', departmentId)
        .executeTakeFirstOrThrow(),

    /** A person's registrations within a date range, for the window and limit checks. */
    personRegistrations: (personKey: string, fromDate: string, toDate: string) =>
      db.selectFrom('registrations').selectAll().where('person_key', '=', personKey).where('visit_date', '>=', fromDate).where('visit_date', '<=', toDate).execute(),

    registrationOfAccount: (accountId: string, id: string) => db.selectFrom('registrations').selectAll().where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst(),

    registrationOfHospitals: (hospitalIds: string[], id: string) =>
      hospitalIds.length === 0
        ? Promise.resolve(undefined)
        : db
            .selectFrom('registrations')
            .innerJoin('clinic_segments', 'clinic_segments.id', 'registrations.segment_id')
            .selectAll('registrations')
            .select('clinic_segments.end_time as segment_end')
            .where('registrations.hospital_id', 'in', hospitalIds)
            .where('registrations.id', '=', id)
            .executeTakeFirst(),

    registration: (id: string) => db.selectFrom('registrations').selectAll().where('id', '=', id).executeTakeFirst(),

    detailsOfAccount: (accountId: string, limit: number) =>
      detailed().where('registrations.account_id', '=', accountId).orderBy('registrations.visit_date', 'desc').orderBy('clinic_segments.start_time', 'desc').limit(limit).execute(),

    detailOfAccount: (accountId: string, id: string) => detailed().where('registrations.account_id', '=', accountId).where('registrations.id', '=', id).executeTakeFirst(),

    /** The desk's list for a day: patients with their sealed ID and phone (the service masks them). */
    deskList: (input: { hospitalId: string; date: string; departmentId?: string }) => {
      let query = detailed()
        .select(['members.id_number_enc as id_number_enc', 'members.phone_enc as phone_enc'])
        .where('registrations.hospital_id', '=', input.hospitalId)
        .where('registrations.visit_date', '=', input.date);
      if (input.departmentId) query = query.where('registrations.department_id', '=', input.departmentId);
      return query.orderBy('clinic_segments.start_time').orderBy('registrations.queue_number').orderBy('registrations.created_at').execute();
    },

    /** Visit dates of the anchors some registrations lean on. */
    async visitDates(ids: string[]): Promise<Map<string, string>> {
      if (ids.length === 0) return new Map();
      const rows = await db.selectFrom('registrations').select(['id', 'visit_date']).where('id', 'in', ids).execute();
      return new Map(rows.map((r) => [r.id, r.visit_date]));
    },

    /** How many live free revisits lean on each of these registrations. */
    async linkedRevisitCounts(anchorIds: string[]): Promise<Map<string, number>> {
      if (anchorIds.length === 0) return new Map();
      const rows = await db
        .selectFrom('registrations')
        .select((eb) => ['anchor_id', eb.fn.countAll<string | number>().as('n')])
        .where('anchor_id', 'in', anchorIds)
        .where('waived', '=', 1)
        .where('status', 'in', ACTIVE)
        .groupBy('anchor_id')
        .execute();
      return new Map(rows.map((r) => [r.anchor_id!, Number(r.n)]));
    },

    /**
     * Takes one place if one is left and hands out the next queue number (`issued`): the
     * condition and the increment are one statement, so capacity is exact under any
     * concurrency. Answers the segment as it now stands, or undefined when nothing was taken.
     */
    takePlace: (segmentId: string, at: string) =>
      db
        .updateTable('clinic_segments')
        .set((eb) => ({ booked: eb('booked', '+', 1), issued: eb('issued', '+', 1), updated_at: at }))
        .where('id', '=', segmentId)
        .where('status', '=', 'open')
        .whereRef('booked', '<', 'capacity')
        .returningAll()
        .executeTakeFirst(),

    releasePlace: (segmentId: string, at: string) =>
      db.updateTable('clinic_segments').set((eb) => ({ booked: eb('booked', '-', 1), updated_at: at })).where('id', '=', segmentId).where('booked', '>', 0).execute(),

    insertRegistration: (row: RegistrationTable) => db.insertInto('registrations').values(row).execute(),

    activeWaivedRevisitsOf: (anchorId: string) => db.selectFrom('registrations').selectAll().where('anchor_id', '=', anchorId).where('waived', '=', 1).where('status', 'in', ACTIVE).execute(),

    /** Charges a waived registration in full, only if it is still waived and live; true when it changed. */
    async chargeFull(id: string, at: string): Promise<boolean> {
      const r = await db
        .updateTable('registrations')
        .set((eb) => ({ fee: eb('registration_fee', '+', eb.ref('consultation_fee')), waived: 0, waived_amount: 0, updated_at: at }))
        .where('id', '=', id)
        .where('waived', '=', 1)
        .where('status', 'in', ACTIVE)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },

    audit: (row: Database['registration_audit']) => db.insertInto('registration_audit').values(row).execute(),

    /** Stops a segment only while nobody holds a place in it; true when it stopped. */
    async closeEmptySegment(id: string, at: string): Promise<boolean> {
      const r = await db.updateTable('clinic_segments').set({ status: 'closed', updated_at: at }).where('id', '=', id).where('booked', '=', 0).executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },

    /** Edits a segment only if its new capacity still holds everyone booked; true when it changed. */
    async updateSegment(id: string, values: SegmentValues): Promise<boolean> {
      const r = await db.updateTable('clinic_segments').set(values).where('id', '=', id).where('booked', '<=', values.capacity).executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },

    insertSegment: (row: ClinicSegmentTable) => db.insertInto('clinic_segments').values(row).execute(),

    /** Registrations, waived visits (人次) and waived amount per department, from the live rows. */
    figures: (input: { hospitalId: string; from: string; to: string }) =>
      db
        .selectFrom('registrations')
        .innerJoin('departments', 'departments.id', 'registrations.department_id')
        .innerJoin('campuses', 'campuses.id', 'registrations.campus_id')
        .select((eb) => [
          'registrations.department_id as departmentId',
          'departments.name as departmentName',
          'campuses.name as campusName',
          eb.fn.countAll<string | number>().as('registrations'),
          eb.fn.sum<string | number>('registrations.waived').as('waivedVisits'),
          eb.fn.sum<string | number>('registrations.waived_amount').as('waivedAmount'),
        ])
        .where('registrations.hospital_id', '=', input.hospitalId)
        .where('registrations.visit_date', '>=', input.from)
        .where('registrations.visit_date', '<=', input.to)
        .where('registrations.status', 'in', STOOD)
        .groupBy(['registrations.department_id', 'departments.name', 'campuses.name'])
        .execute(),
  };
}

export type ClinicRepository = ReturnType<typeof clinicRepository>;
export type DetailedRegistration = NonNullable<Awaited<ReturnType<ClinicRepository['detailOfAccount']>>>;
