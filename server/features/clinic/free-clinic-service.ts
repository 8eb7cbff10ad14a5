import { businessDate } from '../../../src/domain/business-date';
import type { FreeClinic, FreeClinicSignup } from '../../../src/domain/clinic/contract';
import { monthDay, timeRange } from '../../../src/domain/date-wording';
import { AppError } from '../../core/errors';
import { newId } from '../../core/ids';
import type { FreeClinicTable } from '../../db/schema';
import type { MemberRepository } from '../account/member-repository';
import type { Outbox } from '../messages/outbox';
import { clinicError } from './clinic-errors';
import type { FreeClinicRepository } from './free-clinic-repository';

const toView = (c: FreeClinicTable): FreeClinic => ({
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

export interface FreeClinicDeps {
  freeClinics: FreeClinicRepository;
  members: MemberRepository;
  outbox: Outbox;
  lockPerson: (personKey: string) => Promise<void>;
  now: Date;
}

/** 义诊: free sign-up, one seat per person, with the same capacity guarantee as registrations. */
export function freeClinicService({ freeClinics, members, outbox, lockPerson, now }: FreeClinicDeps) {
  const today = businessDate(now);
  const at = now.toISOString();
  return {
    upcoming: async () => (await freeClinics.upcoming(today)).map(toView),

    async mySignups(accountId: string): Promise<FreeClinicSignup[]> {
      return (await freeClinics.signupsOfAccount(accountId)).map((r) => ({
        signupId: r.signup_id,
        freeClinicId: r.id,
        memberId: r.member_id,
        memberName: r.member_name,
        signedUpAt: r.signed_up_at,
        freeClinic: toView(r),
      }));
    },

    async signUp(accountId: string, freeClinicId: string, memberId: string): Promise<FreeClinicSignup> {
      const member = await members.findActiveLockingPerson(accountId, memberId);
      if (!member) throw new AppError('NOT_FOUND', '未找到该就诊人');
      const clinic = await freeClinics.freeClinic(freeClinicId);
      if (!clinic) throw new AppError('NOT_FOUND', '未找到该义诊活动');
      if (clinic.date < today) throw clinicError('SLOT_NOT_BOOKABLE', '该义诊已结束');
      if (await freeClinics.personSignedUp(clinic.id, member.person_key)) throw clinicError('DUPLICATE_REGISTRATION', `${member.name}已报名该义诊`);
      if (!(await freeClinics.takeSeat(clinic.id))) throw clinicError('SLOT_FULL', '该义诊名额已满');
      const existing = await freeClinics.memberSignup(clinic.id, member.id);
      const signupId = existing?.id ?? newId('fcs');
      // Either this member's earlier, cancelled sign-up comes back, or a first one is added;
      // if neither changed exactly one row, someone else won and the seat is not kept.
      const placed = existing
        ? await freeClinics.setSignupStatus(existing.id, 'cancelled', 'signed_up', { created_at: at, person_key: member.person_key, account_id: accountId })
        : await freeClinics.insertSignup({ id: signupId, free_clinic_id: clinic.id, account_id: accountId, member_id: member.id, person_key: member.person_key, status: 'signed_up', created_at: at });
      if (!placed) throw clinicError('DUPLICATE_REGISTRATION', `${member.name}已报名该义诊`);
      await outbox.enqueue({
        accountId,
        kind: 'free_clinic_signed_up',
        title: '义诊报名成功',
        body: `${member.name}已报名 ${clinic.title}，${monthDay(clinic.date)} ${timeRange(clinic.start_time, clinic.end_time)}，地点：${clinic.place}。`,
        page: '/packages/clinic/pages/free-clinics/index',
        now,
      });
      return { signupId, freeClinicId: clinic.id, memberId: member.id, memberName: member.name, signedUpAt: at, freeClinic: toView({ ...clinic, taken: clinic.taken + 1 }) };
    },

    async cancelSignup(accountId: string, signupId: string) {
      const signup = await freeClinics.signupOfAccount(accountId, signupId);
      if (!signup || signup.status !== 'signed_up') throw new AppError('NOT_FOUND', '未找到该报名');
      await lockPerson(signup.person_key);
      // The seat comes back only when this call is the one that cancelled the sign-up.
      if (!(await freeClinics.setSignupStatus(signup.id, 'signed_up', 'cancelled'))) throw new AppError('NOT_FOUND', '未找到该报名');
      await freeClinics.releaseSeat(signup.free_clinic_id);
      return { signupId, cancelled: true };
    },
  };
}
