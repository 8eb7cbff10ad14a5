import type { Kysely } from 'kysely';
import type { Database, JobApplicationTable } from '../../db/schema';

/** An application with the member's name (and, for employers, the fields they may see). */
export type ApplicationRow = JobApplicationTable & { member_name: string };
export type ApplicantRow = ApplicationRow & { phone_enc: string | null; birth_date: string; sex: string };

/** Application statements. Rules count the person; the unique (posting, person) pair is the backstop. */
export function applicationRepository(db: Kysely<Database>) {
  const withMember = () =>
    db.selectFrom('job_applications').innerJoin('members', 'members.id', 'job_applications.member_id').selectAll('job_applications').select('members.name as member_name');
  const applicantRows = () => withMember().select(['members.phone_enc as phone_enc', 'members.birth_date as birth_date', 'members.sex as sex']);

  return {
    find: (id: string): Promise<ApplicationRow | undefined> => withMember().where('job_applications.id', '=', id).executeTakeFirst(),

    ofAccount: (accountId: string, id: string): Promise<ApplicationRow | undefined> =>
      withMember().where('job_applications.id', '=', id).where('job_applications.account_id', '=', accountId).executeTakeFirst(),

    listOfAccount: (accountId: string, limit: number): Promise<ApplicationRow[]> =>
      withMember().where('job_applications.account_id', '=', accountId).orderBy('job_applications.created_at', 'desc').orderBy('job_applications.id', 'desc').limit(limit).execute(),

    /** The caller's own applications to one posting (a family may apply for several members). */
    ofAccountForPosting: (accountId: string, postingId: string): Promise<ApplicationRow[]> =>
      withMember().where('job_applications.account_id', '=', accountId).where('job_applications.posting_id', '=', postingId).orderBy('job_applications.created_at').execute(),

    ofPerson: (postingId: string, personKey: string) =>
      db.selectFrom('job_applications').selectAll().where('posting_id', '=', postingId).where('person_key', '=', personKey).executeTakeFirst(),

    /** A first application; false when the person already holds one for this posting. */
    async insert(row: JobApplicationTable): Promise<boolean> {
      const r = await db.insertInto('job_applications').values(row).onConflict((oc) => oc.columns(['posting_id', 'person_key']).doNothing()).executeTakeFirst();
      return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
    },

    applicants: (postingId: string): Promise<ApplicantRow[]> => applicantRows().where('job_applications.posting_id', '=', postingId).orderBy('job_applications.created_at').orderBy('job_applications.id').execute(),

    /** One applicant as the employer's list shows it. */
    applicant: (id: string): Promise<ApplicantRow | undefined> => applicantRows().where('job_applications.id', '=', id).executeTakeFirst(),

    /** Applications still waiting on the employer (applied or contacted). */
    openOfPosting: (postingId: string): Promise<ApplicationRow[]> =>
      withMember().where('job_applications.posting_id', '=', postingId).where('job_applications.status', 'in', ['applied', 'contacted']).orderBy('job_applications.id').execute(),
  };
}

export type ApplicationRepository = ReturnType<typeof applicationRepository>;
