import type { Kysely, Selectable } from 'kysely';
import type { ApplicationStatus } from '../../../src/domain/jobs/application-workflow';
import type { Database, JobPostingRecord, JobPostingTable } from '../../db/schema';

/** A posting with the employer's name and whether the employer is (still) verified. */
export type PostingRow = Selectable<JobPostingTable> & { employer_name: string; employer_verified: number };

/** Posting statements (search lives in posting-search.ts). */
export function postingRepository(db: Kysely<Database>) {
  const withEmployer = () =>
    db
      .selectFrom('job_postings')
      .innerJoin('employers', 'employers.id', 'job_postings.employer_id')
      .selectAll('job_postings')
      .select(['employers.name as employer_name', 'employers.verified as employer_verified']);

  return {
    find: (id: string): Promise<PostingRow | undefined> => withEmployer().where('job_postings.id', '=', id).executeTakeFirst(),

    byIds: async (ids: string[]): Promise<Map<string, PostingRow>> =>
      new Map(ids.length === 0 ? [] : (await withEmployer().where('job_postings.id', 'in', ids).execute()).map((r) => [r.id, r])),

    insert: (row: JobPostingRecord) => db.insertInto('job_postings').values(row).execute(),

    /** An imported line; false when the same line was imported before (same station and source key). */
    async insertImported(row: JobPostingRecord): Promise<boolean> {
      const r = await db.insertInto('job_postings').values(row).onConflict((oc) => oc.columns(['station_id', 'source_key']).doNothing()).executeTakeFirst();
      return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
    },

    ofEmployers: (employerIds: string[], limit: number): Promise<PostingRow[]> =>
      employerIds.length === 0 ? Promise.resolve([]) : withEmployer().where('job_postings.employer_id', 'in', employerIds).orderBy('job_postings.created_at', 'desc').orderBy('job_postings.id', 'desc').limit(limit).execute(),

    /** The review queue: oldest first, so nobody waits behind newer postings. */
    pendingOfStations: (stationIds: string[], limit: number): Promise<PostingRow[]> =>
      stationIds.length === 0
        ? Promise.resolve([])
        : withEmployer().where('job_postings.station_id', 'in', stationIds).where('job_postings.status', '=', 'pending_review').orderBy('job_postings.created_at').orderBy('job_postings.id').limit(limit).execute(),

    /** Applications per posting and status. */
    async applicantCounts(postingIds: string[]): Promise<Map<string, Partial<Record<ApplicationStatus, number>>>> {
      const counts = new Map<string, Partial<Record<ApplicationStatus, number>>>();
      if (postingIds.length === 0) return counts;
      const rows = await db
        .selectFrom('job_applications')
        .select(['posting_id', 'status', (eb) => eb.fn.countAll<string | number>().as('n')])
        .where('posting_id', 'in', postingIds)
        .groupBy(['posting_id', 'status'])
        .execute();
      for (const r of rows) counts.set(r.posting_id, { ...counts.get(r.posting_id), [r.status]: Number(r.n) });
      return counts;
    },

    /**
     * Counts one hire, only while the posting takes hires and has room: one conditional
     * statement, so racing hires can never pass headcount. True when this hire counted.
     */
    async takeHire(postingId: string, at: string): Promise<boolean> {
      const r = await db
        .updateTable('job_postings')
        .set((eb) => ({ hired: eb('hired', '+', 1), updated_at: at }))
        .where('id', '=', postingId)
        .where('status', 'in', ['published', 'expired'])
        .whereRef('hired', '<', 'headcount')
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },

    /** Published postings whose valid-through date has passed (the expiry job's batch). */
    pastValidity: (today: string, limit: number) =>
      db.selectFrom('job_postings').select(['id', 'valid_through']).where('status', '=', 'published').where('valid_through', '<', today).orderBy('valid_through').limit(limit).execute(),
  };
}

export type PostingRepository = ReturnType<typeof postingRepository>;
