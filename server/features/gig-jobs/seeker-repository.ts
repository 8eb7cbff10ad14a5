import type { Kysely } from 'kysely';
import type { Database, JobSeekerTable } from '../../db/schema';

export type SeekerRow = JobSeekerTable & { member_name: string };

/** 求职登记: one per member, replaced when the member registers again. */
export function seekerRepository(db: Kysely<Database>) {
  return {
    upsert: (row: JobSeekerTable) =>
      db
        .insertInto('job_seekers')
        .values(row)
        .onConflict((oc) =>
          oc.column('member_id').doUpdateSet({ account_id: row.account_id, skills: row.skills, categories: row.categories, availability: row.availability, area: row.area, updated_at: row.updated_at }),
        )
        .execute(),

    ofAccount: (accountId: string): Promise<SeekerRow[]> =>
      db
        .selectFrom('job_seekers')
        .innerJoin('members', 'members.id', 'job_seekers.member_id')
        .selectAll('job_seekers')
        .select('members.name as member_name')
        .where('job_seekers.account_id', '=', accountId)
        .where('members.removed_at', 'is', null)
        .orderBy('members.created_at')
        .execute(),

    ofMembers: async (memberIds: string[]): Promise<Map<string, JobSeekerTable>> =>
      new Map(memberIds.length === 0 ? [] : (await db.selectFrom('job_seekers').selectAll().where('member_id', 'in', memberIds).execute()).map((r) => [r.member_id, r])),
  };
}

export type SeekerRepository = ReturnType<typeof seekerRepository>;
