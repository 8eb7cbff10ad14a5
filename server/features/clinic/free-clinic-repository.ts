import type { Kysely } from 'kysely';
import type { Database, FreeClinicSignupTable } from '../../db/schema';

/** 义诊 statements. Seats move only together with exactly one sign-up changing status. */
export function freeClinicRepository(db: Kysely<Database>) {
  return {
    upcoming: (today: string) => db.selectFrom('free_clinics').selectAll().where('date', '>=', today).orderBy('date').orderBy('start_time').execute(),

    freeClinic: (id: string) => db.selectFrom('free_clinics').selectAll().where('id', '=', id).executeTakeFirst(),

    signupsOfAccount: (accountId: string) =>
      db
        .selectFrom('free_clinic_signups')
        .innerJoin('free_clinics', 'free_clinics.id', 'free_clinic_signups.free_clinic_id')
        .innerJoin('members', 'members.id', 'free_clinic_signups.member_id')
        .selectAll('free_clinics')
        .select(['free_clinic_signups.id as signup_id', 'free_clinic_signups.member_id as member_id', 'members.name as member_name', 'free_clinic_signups.created_at as signed_up_at'])
        .where('free_clinic_signups.account_id', '=', accountId)
        .where('free_clinic_signups.status', '=', 'signed_up')
        .orderBy('free_clinics.date', 'desc')
        .execute(),

    signupOfAccount: (accountId: string, signupId: string) =>
      db.selectFrom('free_clinic_signups').selectAll().where('id', '=', signupId).where('account_id', '=', accountId).executeTakeFirst(),

    /** Whether the person already holds a seat at this free clinic (through any member or account). */
    personSignedUp: async (freeClinicId: string, personKey: string) =>
      (await db.selectFrom('free_clinic_signups').select('id').where('free_clinic_id', '=', freeClinicId).where('person_key', '=', personKey).where('status', '=', 'signed_up').executeTakeFirst()) !== undefined,

    memberSignup: (freeClinicId: string, memberId: string) =>
      db.selectFrom('free_clinic_signups').selectAll().where('free_clinic_id', '=', freeClinicId).where('member_id', '=', memberId).executeTakeFirst(),

    async takeSeat(freeClinicId: string): Promise<boolean> {
      const r = await db.updateTable('free_clinics').set((eb) => ({ taken: eb('taken', '+', 1) })).where('id', '=', freeClinicId).whereRef('taken', '<', 'seats').executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },

    releaseSeat: (freeClinicId: string) => db.updateTable('free_clinics').set((eb) => ({ taken: eb('taken', '-', 1) })).where('id', '=', freeClinicId).where('taken', '>', 0).execute(),

    /** Inserts a first sign-up; false when the (clinic, member) row already exists. */
    async insertSignup(row: FreeClinicSignupTable): Promise<boolean> {
      const r = await db.insertInto('free_clinic_signups').values(row).onConflict((oc) => oc.columns(['free_clinic_id', 'member_id']).doNothing()).executeTakeFirst();
      return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
    },

    /** Moves a sign-up between statuses only from the one it was read in; true when exactly this row changed. */
    async setSignupStatus(id: string, from: FreeClinicSignupTable['status'], to: FreeClinicSignupTable['status'], changes: Partial<FreeClinicSignupTable> = {}): Promise<boolean> {
      const r = await db.updateTable('free_clinic_signups').set({ ...changes, status: to }).where('id', '=', id).where('status', '=', from).executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
  };
}

export type FreeClinicRepository = ReturnType<typeof freeClinicRepository>;
