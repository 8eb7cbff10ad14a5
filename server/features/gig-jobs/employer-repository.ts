import type { Kysely } from 'kysely';
import { isPostgres } from '../../db/locks';
import type { Database, EmployerTable } from '../../db/schema';

/** Employers and the station they belong to. */
export function employerRepository(db: Kysely<Database>) {
  return {
    find: (id: string) => db.selectFrom('employers').selectAll().where('id', '=', id).executeTakeFirst(),

    byName: (stationId: string, name: string) => db.selectFrom('employers').selectAll().where('station_id', '=', stationId).where('name', '=', name).executeTakeFirst(),

    /**
     * The employer a new posting will carry the name of, its row share-locked until commit on
     * PostgreSQL: a rename (an UPDATE of the row, then the rewrite of its postings' search
     * text) either waits for the posting or is waited for, and its new name is read. SQLite
     * has one writer.
     */
    forPosting(by: { id: string } | { stationId: string; name: string }) {
      const query = 'id' in by ? db.selectFrom('employers').selectAll().where('id', '=', by.id) : db.selectFrom('employers').selectAll().where('station_id', '=', by.stationId).where('name', '=', by.name);
      return (isPostgres(db) ? query.forShare() : query).executeTakeFirst();
    },

    ofStations: (stationIds: string[]) =>
      stationIds.length === 0 ? Promise.resolve([]) : db.selectFrom('employers').selectAll().where('station_id', 'in', stationIds).orderBy('verified').orderBy('name').execute(),

    /** Adds an employer; false when the station already has one of that name. */
    async insert(row: EmployerTable): Promise<boolean> {
      const r = await db.insertInto('employers').values(row).onConflict((oc) => oc.columns(['station_id', 'name']).doNothing()).executeTakeFirst();
      return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
    },

    update: (id: string, changes: Partial<EmployerTable>) => db.updateTable('employers').set(changes).where('id', '=', id).execute(),

    postingCounts: async (employerIds: string[]) =>
      new Map(
        employerIds.length === 0
          ? []
          : (
              await db
                .selectFrom('job_postings')
                .select(['employer_id', (eb) => eb.fn.countAll<string | number>().as('n')])
                .where('employer_id', 'in', employerIds)
                .groupBy('employer_id')
                .execute()
            ).map((r) => [r.employer_id, Number(r.n)]),
      ),

    /** Keeps the employer's name in a posting's search text after a rename. */
    setSearchText: (postingId: string, searchText: string) => db.updateTable('job_postings').set({ search_text: searchText }).where('id', '=', postingId).execute(),

  };
}

export type EmployerRepository = ReturnType<typeof employerRepository>;
