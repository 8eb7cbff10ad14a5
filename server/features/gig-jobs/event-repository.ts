import type { Kysely } from 'kysely';
import type { Database, JobEventEnrollmentTable, JobEventTable } from '../../db/schema';

export type EnrollmentRow = JobEventEnrollmentTable & { member_name: string };

/** Classes and fairs. Seats move only together with exactly one enrolment changing status. */
export function eventRepository(db: Kysely<Database>) {
  return {
    /** Events not over yet (still running, or to come), soonest first. */
    upcoming: (nowIso: string, kind: string | undefined, limit: number) => {
      let q = db
        .selectFrom('job_events')
        .selectAll()
        .where((eb) => eb.or([eb('ends_at', '>=', nowIso), eb.and([eb('ends_at', 'is', null), eb('starts_at', '>=', nowIso)])]));
      if (kind) q = q.where('kind', '=', kind);
      return q.orderBy('starts_at').orderBy('id').limit(limit).execute();
    },

    find: (id: string) => db.selectFrom('job_events').selectAll().where('id', '=', id).executeTakeFirst(),

    byIds: async (ids: string[]) => new Map(ids.length === 0 ? [] : (await db.selectFrom('job_events').selectAll().where('id', 'in', ids).execute()).map((e) => [e.id, e])),

    insert: (row: JobEventTable) => db.insertInto('job_events').values(row).execute(),

    async takeSeat(eventId: string, at: string): Promise<boolean> {
      const r = await db.updateTable('job_events').set((eb) => ({ taken: eb('taken', '+', 1), updated_at: at })).where('id', '=', eventId).whereRef('taken', '<', 'seats').executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },

    releaseSeat: (eventId: string, at: string) =>
      db.updateTable('job_events').set((eb) => ({ taken: eb('taken', '-', 1), updated_at: at })).where('id', '=', eventId).where('taken', '>', 0).execute(),

    ofPerson: (eventId: string, personKey: string) => db.selectFrom('job_event_enrollments').selectAll().where('event_id', '=', eventId).where('person_key', '=', personKey).executeTakeFirst(),

    ofAccount: (accountId: string, enrollmentId: string) =>
      db.selectFrom('job_event_enrollments').selectAll().where('id', '=', enrollmentId).where('account_id', '=', accountId).executeTakeFirst(),

    /** The caller's live enrolments in these events, with member names. */
    enrolledOfAccount: (accountId: string, eventIds: string[]): Promise<EnrollmentRow[]> =>
      eventIds.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom('job_event_enrollments')
            .innerJoin('members', 'members.id', 'job_event_enrollments.member_id')
            .selectAll('job_event_enrollments')
            .select('members.name as member_name')
            .where('job_event_enrollments.account_id', '=', accountId)
            .where('job_event_enrollments.event_id', 'in', eventIds)
            .where('job_event_enrollments.status', '=', 'enrolled')
            .orderBy('job_event_enrollments.created_at')
            .execute(),

    /** A first enrolment; false when the person already has a row for this event. */
    async insertEnrollment(row: JobEventEnrollmentTable): Promise<boolean> {
      const r = await db.insertInto('job_event_enrollments').values(row).onConflict((oc) => oc.columns(['event_id', 'person_key']).doNothing()).executeTakeFirst();
      return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
    },

    /** Moves an enrolment only from the status it was read in; true when exactly this row changed. */
    async setEnrollmentStatus(id: string, from: JobEventEnrollmentTable['status'], to: JobEventEnrollmentTable['status'], changes: Partial<JobEventEnrollmentTable> = {}): Promise<boolean> {
      const r = await db.updateTable('job_event_enrollments').set({ ...changes, status: to }).where('id', '=', id).where('status', '=', from).executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },

    /** Enrolments due a reminder: enrolled, not yet reminded, their event starting within the window. */
    dueReminders: (fromIso: string, untilIso: string, limit: number) =>
      db
        .selectFrom('job_event_enrollments')
        .innerJoin('job_events', 'job_events.id', 'job_event_enrollments.event_id')
        .innerJoin('members', 'members.id', 'job_event_enrollments.member_id')
        .select([
          'job_event_enrollments.id as id',
          'job_event_enrollments.account_id as account_id',
          'members.name as member_name',
          'job_events.title as title',
          'job_events.kind as kind',
          'job_events.starts_at as starts_at',
          'job_events.place as place',
        ])
        .where('job_event_enrollments.status', '=', 'enrolled')
        .where('job_event_enrollments.reminded_at', 'is', null)
        .where('job_events.starts_at', '>', fromIso)
        .where('job_events.starts_at', '<=', untilIso)
        .orderBy('job_events.starts_at')
        .limit(limit)
        .execute(),

    /** Marks one reminder sent; false when another run already did. */
    async markReminded(id: string, at: string): Promise<boolean> {
      const r = await db.updateTable('job_event_enrollments').set({ reminded_at: at }).where('id', '=', id).where('reminded_at', 'is', null).where('status', '=', 'enrolled').executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
  };
}

export type EventRepository = ReturnType<typeof eventRepository>;
