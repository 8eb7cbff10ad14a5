import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

export function stationRepository(db: Kysely<Database>) {
  return {
    /** The county's station (one today; ids sort the first). */
    first: () => db.selectFrom('gig_stations').selectAll().orderBy('id').executeTakeFirst(),
  };
}

export type StationRepository = ReturnType<typeof stationRepository>;
