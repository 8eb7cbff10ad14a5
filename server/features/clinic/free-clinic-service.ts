import type { Kysely } from 'kysely';
import { businessDate } from '../../../src/domain/business-date';
import { AppError } from '../../core/errors';
import { newId } from '../../core/ids';
import type { Database, FreeClinicTable } from '../../db/schema';
import { memberRepository } from '../account/member-repository';
import { enqueueMessage } from '../messages/outbox';

const toView = (c: FreeClinicTable) => ({
  id: c.id,
  hospitalId: c.hospital_id,
  campusId: c.campus_id,
  title: c.title,
  expertsFrom: c.experts_from,
  date: c.date,
  start: c.start_time,
  end: c.end_time,
  place: c.place,
  departments: c.departments.split(','),
  description: c.description,
  seats: c.seats,
  remaining: Math.max(0, c.seats - c.taken),
});

/** 义诊: free sign-up with the same capacity guarantee as registrations. */
export function freeClinicService({ db, now }: { db: Kysely<Database>; now: Date }) {
  const today = businessDate(now);
  const at = now.toISOString();
  return {
    async upcoming() {
      const rows = await db.selectFrom('free_clinics').selectAll().where('date', '>=', today).orderBy('date').orderBy('start_time').execute();
      return rows.map(toView);
    },

    async mySignups(accountId: string) {
      const rows = await db
        .selectFrom('free_clinic_signups')
        .innerJoin('free_clinics', 'free_clinics.id', 'free_clinic_signups.free_clinic_id')
        .innerJoin('members', 'members.id', 'free_clinic_signups.member_id')
        .selectAll('free_clinics')
        .select(['free_clinic_signups.id as signup_id', 'free_clinic_signups.member_id as member_id', 'members.name as member_name', 'free_clinic_signups.created_at as signed_up_at'])
        .where('free_clinic_signups.account_id', '=', accountId)
        .where('free_clinic_signups.status', '=', 'signed_up')
        .orderBy('free_clinics.date', 'desc')
        .execute();
      return rows.map((r) => ({ signupId: r.signup_id, memberId: r.member_id, memberName: r.member_name, signedUpAt: r.signed_up_at, freeClinic: toView(r) }));
    },

    async signUp(accountId: string, freeClinicId: string, memberId: string) {
      const member = await memberRepository(db).findActive(accountId, memberId);
      if (!member) throw new AppError('NOT_FOUND', '未找到该就诊人');
      const clinic = await db.selectFrom('free_clinics').selectAll().where('id', '=', freeClinicId).executeTakeFirst();
      if (!clinic) throw new AppError('NOT_FOUND', '未找到该义诊活动');
      if (clinic.date < today) throw new AppError('SLOT_NOT_BOOKABLE', '该义诊已结束');
      const existing = await db.selectFrom('free_clinic_signups').select(['id', 'status']).where('free_clinic_id', '=', clinic.id).where('member_id', '=', member.id).executeTakeFirst();
      if (existing?.status === 'signed_up') throw new AppError('DUPLICATE_REGISTRATION', `${member.name}已报名该义诊`);
      const taken = await db
        .updateTable('free_clinics')
        .set((eb) => ({ taken: eb('taken', '+', 1) }))
        .where('id', '=', clinic.id)
        .whereRef('taken', '<', 'seats')
        .executeTakeFirst();
      if (Number(taken.numUpdatedRows) === 0) throw new AppError('SLOT_FULL', '该义诊名额已满');
      const signupId = existing?.id ?? newId('fcs');
      if (existing) {
        await db.updateTable('free_clinic_signups').set({ status: 'signed_up', created_at: at }).where('id', '=', existing.id).execute();
      } else {
        // The unique (clinic, member) key stops a racing duplicate that the check above missed.
        await db.insertInto('free_clinic_signups').values({ id: signupId, free_clinic_id: clinic.id, account_id: accountId, member_id: member.id, status: 'signed_up', created_at: at }).execute();
      }
      await enqueueMessage(db, {
        accountId,
        kind: 'free_clinic_signed_up',
        title: '义诊报名成功',
        body: `${member.name}已报名 ${clinic.title}，${clinic.date} ${clinic.start_time}，地点：${clinic.place}。`,
        page: '/packages/clinic/pages/free-clinics/index',
        now,
      });
      return { signupId, freeClinicId: clinic.id, memberId: member.id, memberName: member.name, freeClinic: toView({ ...clinic, taken: clinic.taken + 1 }) };
    },

    async cancelSignup(accountId: string, signupId: string) {
      const signup = await db.selectFrom('free_clinic_signups').selectAll().where('id', '=', signupId).where('account_id', '=', accountId).executeTakeFirst();
      if (!signup || signup.status !== 'signed_up') throw new AppError('NOT_FOUND', '未找到该报名');
      await db.updateTable('free_clinic_signups').set({ status: 'cancelled' }).where('id', '=', signup.id).execute();
      await db.updateTable('free_clinics').set((eb) => ({ taken: eb('taken', '-', 1) })).where('id', '=', signup.free_clinic_id).where('taken', '>', 0).execute();
      return { signupId, cancelled: true };
    },
  };
}
