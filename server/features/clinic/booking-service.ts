import type { Kysely } from 'kysely';
import { addDays, businessDate, chineseMonthDay } from '../../../src/domain/business-date';
import { bookableDates, canCancelFree, isActive, segmentBookability, suspendedUntil } from '../../../src/domain/clinic/booking-rules';
import type { ClinicPolicy } from '../../../src/domain/clinic/clinic-policy';
import { freeRevisitUntil, openRevisitAnchors, priceRegistration, REVISIT_WINDOW_DAYS, type RegistrationStatus, type RevisitAnchor } from '../../../src/domain/clinic/three-day-rule';
import { formatYuan } from '../../../src/domain/money';
import { AppError } from '../../core/errors';
import { newId } from '../../core/ids';
import type { ClinicSegmentTable, Database, RegistrationTable } from '../../db/schema';
import { memberRepository } from '../account/member-repository';
import { enqueueMessage } from '../messages/outbox';
import { clinicRepository, toFacts } from './clinic-repository';
import { toRegistrationView, toSegmentView, type RegistrationView } from './clinic-views';
import { repriceRevisitsOf } from './reprice-revisits';

interface Deps {
  db: Kysely<Database>;
  now: Date;
  policy: ClinicPolicy;
}

const NOT_BOOKABLE_MESSAGES = {
  past: '该时段已结束，请选择其他时段',
  not_released: '该日期号源尚未放出，请在放号后预约',
  closed: '该时段已停诊',
} as const;

/** A resident's side of clinic booking; every method is scoped to the calling account. */
export function bookingService({ db, now, policy }: Deps) {
  const repo = clinicRepository(db);
  const members = memberRepository(db);
  const today = businessDate(now);
  const at = now.toISOString();

  async function memberOf(accountId: string, memberId: string) {
    const member = await members.findActive(accountId, memberId);
    if (!member) throw new AppError('NOT_FOUND', '未找到该就诊人');
    return member;
  }

  async function segmentOf(slotId: string) {
    const segment = await repo.segment(slotId);
    if (!segment) throw new AppError('NOT_FOUND', '未找到该号源');
    return segment;
  }

  /** The member's registrations from the earliest day whose window can reach this segment, through its day. */
  const registrationsNear = (memberId: string, segment: ClinicSegmentTable) =>
    repo.memberRegistrations(memberId, addDays(segment.date, -(REVISIT_WINDOW_DAYS - 1)), segment.date);

  function anchorsAmong(nearby: RegistrationTable[], memberId: string, segment: ClinicSegmentTable): RevisitAnchor[] {
    return openRevisitAnchors(nearby.map(toFacts), {
      memberId,
      hospitalId: segment.hospital_id,
      campusId: segment.campus_id,
      departmentId: segment.department_id,
      visitDate: segment.date,
      maxWaivedPerAnchor: policy.waivedRevisitsPerAnchor,
    });
  }

  return {
    /** The next bookable days of a department with the places left on each. */
    async days(departmentId: string) {
      const dates = bookableDates(now, policy);
      const segments = await repo.segmentsOfDays(departmentId, dates);
      return dates.map((date) => {
        const ofDay = segments.filter((s) => s.date === date);
        const open = ofDay.filter((s) => ['open', 'full'].includes(segmentBookability({ ...s, end: s.end_time }, now, policy)));
        return { date, remaining: open.reduce((sum, s) => sum + Math.max(0, s.capacity - s.booked), 0), published: ofDay.length > 0 };
      });
    },

    async slots(departmentId: string, date: string) {
      const segments = await repo.segmentsOfDay(departmentId, date);
      return segments.map((s) => ({ ...toSegmentView(s), bookability: segmentBookability({ ...s, end: s.end_time }, now, policy) }));
    },

    async quote(accountId: string, memberId: string, slotId: string) {
      await memberOf(accountId, memberId);
      const segment = await segmentOf(slotId);
      const view = toSegmentView(segment);
      return {
        fee: view.fee,
        registrationFee: view.registrationFee,
        consultationFee: view.consultationFee,
        bookability: segmentBookability({ ...segment, end: segment.end_time }, now, policy),
        revisitAnchors: anchorsAmong(await registrationsNear(memberId, segment), memberId, segment),
      };
    },

    async book(accountId: string, input: { memberId: string; slotId: string; revisitOf?: string }): Promise<RegistrationView> {
      const member = await memberOf(accountId, input.memberId);
      // One member's bookings are decided one at a time: the duplicate and daily checks below
      // must see each other's results.
      await repo.lockMember(member.id);
      const segment = await segmentOf(input.slotId);
      const bookability = segmentBookability({ ...segment, end: segment.end_time }, now, policy);
      if (bookability === 'full') throw new AppError('SLOT_FULL');
      if (bookability !== 'open') throw new AppError('SLOT_NOT_BOOKABLE', NOT_BOOKABLE_MESSAGES[bookability]);

      const suspended = suspendedUntil(await repo.memberNoShowDates(member.id, addDays(today, -(policy.noShowWindowDays + policy.suspensionDays))), today, policy);
      if (suspended) {
        throw new AppError('BOOKING_SUSPENDED', `该就诊人${policy.noShowWindowDays}天内爽约${policy.noShowLimit}次，${chineseMonthDay(suspended)}前暂停预约`);
      }

      const nearby = await registrationsNear(member.id, segment);
      let anchorId: string | null = null;
      if (input.revisitOf) {
        const anchors = anchorsAmong(nearby, member.id, segment);
        if (!anchors.some((a) => a.registrationId === input.revisitOf)) {
          throw new AppError('REVISIT_NOT_ELIGIBLE', '所选首诊不在三日免费复诊期内，或院区、科室、就诊人不一致，未予减免');
        }
        anchorId = input.revisitOf;
      }

      const sameDay = nearby.filter((r) => r.visit_date === segment.date && isActive(r.status as RegistrationStatus));
      const sameDepartment = sameDay.filter((r) => r.department_id === segment.department_id);
      // A declared same-day revisit of that day's anchor (back with test results) is the purpose of the rule, not a duplicate.
      const sameDayRevisit = anchorId !== null && sameDepartment.every((r) => r.id === anchorId || r.anchor_id === anchorId);
      if (sameDepartment.length >= policy.perDepartmentPerDay && !sameDayRevisit) {
        throw new AppError('DUPLICATE_REGISTRATION', `${member.name}${chineseMonthDay(segment.date)}已预约该科室，请勿重复挂号`);
      }
      if (sameDay.length >= policy.perMemberPerDay) {
        throw new AppError('DAILY_LIMIT', `每位就诊人每天最多预约${policy.perMemberPerDay}个号`);
      }

      if (!(await repo.takePlace(segment.id, at))) throw new AppError('SLOT_FULL');
      const price = priceRegistration({ registrationFee: segment.registration_fee, consultationFee: segment.consultation_fee }, anchorId !== null);
      const row = {
        id: newId('reg'),
        account_id: accountId,
        member_id: member.id,
        hospital_id: segment.hospital_id,
        campus_id: segment.campus_id,
        department_id: segment.department_id,
        segment_id: segment.id,
        visit_date: segment.date,
        clinic_type: segment.clinic_type,
        status: 'booked',
        registration_fee: segment.registration_fee,
        consultation_fee: segment.consultation_fee,
        fee: price.fee,
        waived: price.waived ? 1 : 0,
        waived_amount: price.waivedAmount,
        anchor_id: anchorId,
        created_at: at,
        updated_at: at,
        status_at: at,
      };
      await repo.insertRegistration(row);
      await repo.audit({ id: newId('aud'), registration_id: row.id, actor_account_id: accountId, event: 'booked', from_status: null, to_status: 'booked', from_fee: null, to_fee: row.fee, reason: null, created_at: at });
      const department = await repo.department(segment.department_id);
      const where = department ? `${department.hospitalName}${department.campusName}${department.name}` : '';
      await enqueueMessage(db, {
        accountId,
        kind: 'clinic_booked',
        title: price.waived ? '复诊挂号成功（已减免）' : '挂号成功',
        body: price.waived
          ? `${member.name} ${chineseMonthDay(segment.date)} ${segment.start_time}-${segment.end_time} ${where}，同一疾病复诊，免挂号费、诊察费${formatYuan(price.waivedAmount)}。`
          : `${member.name} ${chineseMonthDay(segment.date)} ${segment.start_time}-${segment.end_time} ${where}，费用${formatYuan(price.fee)}；${chineseMonthDay(freeRevisitUntil(segment.date))}前同一疾病复诊免挂号费、诊察费。`,
        page: '/packages/clinic/pages/mine/index',
        now,
      });
      return toRegistrationView(row, now);
    },

    async cancel(accountId: string, registrationId: string): Promise<RegistrationView> {
      const registration = await repo.registrationOfAccount(accountId, registrationId);
      if (!registration) throw new AppError('NOT_FOUND', '未找到该挂号记录');
      if (registration.status !== 'booked') throw new AppError('INVALID_TRANSITION', '该挂号当前状态不能取消');
      if (!canCancelFree(registration.visit_date, now)) throw new AppError('CANCEL_TOO_LATE', '就诊当天0点后不能取消，未就诊将记为爽约');
      if (!(await repo.setStatus(registration.id, 'booked', 'cancelled', at))) throw new AppError('CONFLICT', '该挂号状态已变化，请刷新');
      await repo.releasePlace(registration.segment_id, at);
      await repo.audit({ id: newId('aud'), registration_id: registration.id, actor_account_id: accountId, event: 'cancelled', from_status: 'booked', to_status: 'cancelled', from_fee: registration.fee, to_fee: registration.fee, reason: null, created_at: at });
      if (registration.waived === 0) await repriceRevisitsOf(db, registration, 'anchor_cancelled', accountId, now);
      await enqueueMessage(db, {
        accountId,
        kind: 'clinic_cancelled',
        title: '挂号已取消',
        body: `${chineseMonthDay(registration.visit_date)}的挂号已取消。`,
        page: '/packages/clinic/pages/mine/index',
        now,
      });
      return toRegistrationView({ ...registration, status: 'cancelled', status_at: at, updated_at: at }, now);
    },

    /** 我的挂号: every registration of the account's members, upcoming first. */
    async mine(accountId: string) {
      const rows = await db
        .selectFrom('registrations')
        .innerJoin('members', 'members.id', 'registrations.member_id')
        .innerJoin('clinic_segments', 'clinic_segments.id', 'registrations.segment_id')
        .innerJoin('departments', 'departments.id', 'registrations.department_id')
        .innerJoin('campuses', 'campuses.id', 'registrations.campus_id')
        .innerJoin('hospitals', 'hospitals.id', 'registrations.hospital_id')
        .selectAll('registrations')
        .select([
          'members.name as member_name',
          'clinic_segments.start_time as start_time',
          'clinic_segments.end_time as end_time',
          'departments.name as department_name',
          'campuses.name as campus_name',
          'hospitals.short_name as hospital_name',
        ])
        .where('registrations.account_id', '=', accountId)
        .orderBy('registrations.visit_date', 'desc')
        .orderBy('clinic_segments.start_time', 'desc')
        .limit(200)
        .execute();
      const byId = new Map(rows.map((r) => [r.id, r]));
      const views = rows.map((r) => ({
        ...toRegistrationView(r, now),
        memberName: r.member_name,
        hospitalName: r.hospital_name,
        campusName: r.campus_name,
        departmentName: r.department_name,
        start: r.start_time,
        end: r.end_time,
        anchorVisitDate: r.anchor_id ? byId.get(r.anchor_id)?.visit_date ?? null : null,
      }));
      const upcoming = views.filter((v) => v.visitDate >= today && v.status === 'booked').reverse();
      const past = views.filter((v) => !(v.visitDate >= today && v.status === 'booked'));
      return { upcoming, past, freeCancellationRule: '就诊日0点前可免费取消；就诊当天不能取消，未就诊记为爽约，90天内爽约3次将暂停预约30天。' };
    },
  };
}
