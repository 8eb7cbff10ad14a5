import { addDays, businessDate } from '../../../src/domain/business-date';
import { bookableDates, breaksDepartmentDayLimit, canCancelFree, isActive, segmentBookability, suspendedUntil } from '../../../src/domain/clinic/booking-rules';
import type { ClinicPolicy } from '../../../src/domain/clinic/clinic-policy';
import type { BookableDay, BookableSlot, DepartmentScope, HospitalsAnswer, MyRegistrations, Quote, RegistrationDetail } from '../../../src/domain/clinic/contract';
import { clinicSentences } from '../../../src/domain/clinic/policy-sentences';
import { registrationWorkflow } from '../../../src/domain/clinic/registration-workflow';
import { openRevisitAnchors, priceRegistration, REVISIT_WINDOW_DAYS, type RevisitAnchor } from '../../../src/domain/clinic/three-day-rule';
import { monthDay, timeRange } from '../../../src/domain/date-wording';
import { formatYuan } from '../../../src/domain/money';
import { AppError } from '../../core/errors';
import { newId } from '../../core/ids';
import type { StatusStore } from '../../db/status-store';
import type { ClinicSegmentTable, MemberTable, RegistrationTable } from '../../db/schema';
import type { MemberRepository } from '../account/member-repository';
import type { Outbox } from '../messages/outbox';
import { clinicError } from './clinic-errors';
import type { ClinicRepository } from './clinic-repository';
import { toFacts } from './clinic-repository';
import { toHospitals, toRegistrationDetail, toSegmentView } from './clinic-views';
import { repriceRevisitsOf } from './reprice-revisits';

export interface BookingDeps {
  clinic: ClinicRepository;
  members: MemberRepository;
  outbox: Outbox;
  statuses: StatusStore;
  /** The place facts of a department (reference data, cached by the host). */
  placeOf: (departmentId: string) => ReturnType<ClinicRepository['placeOf']>;
  /** Takes the person lock in the call's transaction. */
  lockPerson: (personKey: string) => Promise<void>;
  now: Date;
  policy: ClinicPolicy;
}

const NOT_BOOKABLE_MESSAGES = {
  past: '该时段已结束，请选择其他时段',
  not_released: '该日期号源尚未放出，请在放号后预约',
  closed: '该时段已停诊',
} as const;

const MINE_PAGE = '/packages/clinic/pages/mine/index';

/** A resident's side of clinic booking; every method is scoped to the calling account, every rule to the person. */
export function bookingService({ clinic, members, outbox, statuses, placeOf, now, policy, lockPerson: lock }: BookingDeps) {
  const today = businessDate(now);
  const at = now.toISOString();

  async function memberOf(accountId: string, memberId: string): Promise<MemberTable> {
    const member = await members.findActive(accountId, memberId);
    if (!member) throw new AppError('NOT_FOUND', '未找到该就诊人');
    return member;
  }

  async function segmentOf(slotId: string) {
    const segment = await clinic.segment(slotId);
    if (!segment) throw new AppError('NOT_FOUND', '未找到该号源');
    return segment;
  }

  /** The person's registrations from the earliest day whose window can reach this segment, through its day. */
  const registrationsNear = (personKey: string, segment: ClinicSegmentTable) => clinic.personRegistrations(personKey, addDays(segment.date, -(REVISIT_WINDOW_DAYS - 1)), segment.date);

  function anchorsAmong(nearby: RegistrationTable[], personKey: string, segment: ClinicSegmentTable): RevisitAnchor[] {
    return openRevisitAnchors(nearby.map(toFacts), {
      personKey,
      hospitalId: segment.hospital_id,
      campusId: segment.campus_id,
      departmentId: segment.department_id,
      visitDate: segment.date,
      maxWaivedPerAnchor: policy.waivedRevisitsPerAnchor,
    });
  }

  const bookability = (s: ClinicSegmentTable) => segmentBookability({ ...s, end: s.end_time }, now, policy);

  async function detail(accountId: string, registrationId: string): Promise<RegistrationDetail> {
    const row = await clinic.detailOfAccount(accountId, registrationId);
    if (!row) throw new AppError('NOT_FOUND', '未找到该挂号记录');
    const [anchors, linked] = await Promise.all([clinic.visitDates(row.anchor_id ? [row.anchor_id] : []), clinic.linkedRevisitCounts([row.id])]);
    return toRegistrationDetail(row, now, { anchorVisitDate: row.anchor_id ? anchors.get(row.anchor_id) ?? null : null, linkedRevisits: linked.get(row.id) ?? 0 });
  }

  /** The department must belong to the named campus and hospital (a link may name any three ids). */
  async function departmentIn(scope: DepartmentScope) {
    const department = await clinic.department(scope.departmentId);
    if (!department || department.hospitalId !== scope.hospitalId || department.campusId !== scope.campusId) throw new AppError('NOT_FOUND', '未找到该科室');
    return department.id;
  }

  return {
    /** Hospitals with their campuses and departments, and the policy the app words its rules from. */
    async hospitals(): Promise<HospitalsAnswer> {
      const [hs, campuses, departments] = await clinic.places();
      return { hospitals: toHospitals(hs, campuses, departments), policy };
    },

    /** The next bookable days of a department with the places left on each. */
    async days(scope: DepartmentScope): Promise<BookableDay[]> {
      const departmentId = await departmentIn(scope);
      const dates = bookableDates(now, policy);
      const segments = await clinic.segmentsOfDays(departmentId, dates);
      return dates.map((date) => {
        const ofDay = segments.filter((s) => s.date === date);
        const open = ofDay.filter((s) => ['open', 'full'].includes(bookability(s)));
        return { date, remaining: open.reduce((sum, s) => sum + Math.max(0, s.capacity - s.booked), 0), published: ofDay.length > 0 };
      });
    },

    async slots(scope: DepartmentScope, date: string): Promise<BookableSlot[]> {
      const segments = await clinic.segmentsOfDay(await departmentIn(scope), date);
      return segments.map((s) => ({ ...toSegmentView(s), bookability: bookability(s) }));
    },

    async quote(accountId: string, memberId: string, slotId: string): Promise<Quote> {
      const member = await memberOf(accountId, memberId);
      const segment = await segmentOf(slotId);
      const view = toSegmentView(segment);
      return {
        fee: view.fee,
        registrationFee: view.registrationFee,
        consultationFee: view.consultationFee,
        bookability: bookability(segment),
        revisitAnchors: anchorsAmong(await registrationsNear(member.person_key, segment), member.person_key, segment),
      };
    },

    async book(accountId: string, input: { memberId: string; slotId: string; revisitOf?: string }): Promise<RegistrationDetail> {
      // Every writer of a person's registrations takes the person's lock first (book, cancel,
      // the desk's moves, re-pricing): the checks below see every committed change of the person.
      const member = await members.findActiveLockingPerson(accountId, input.memberId);
      if (!member) throw new AppError('NOT_FOUND', '未找到该就诊人');
      // The place is taken first, in the statement that reads the segment: every refusal below
      // throws, and the transaction gives the place back. Capacity stays one conditional UPDATE.
      const taken = await clinic.takePlace(input.slotId, at);
      const segment = taken ? { ...taken, booked: taken.booked - 1 } : await segmentOf(input.slotId);
      const state = bookability(segment);
      if (state === 'full' || (state === 'open' && !taken)) throw clinicError('SLOT_FULL');
      if (state !== 'open') throw clinicError('SLOT_NOT_BOOKABLE', NOT_BOOKABLE_MESSAGES[state]);

      const windowStart = addDays(segment.date, -(REVISIT_WINDOW_DAYS - 1));
      const history = await clinic.personHistory(member.person_key, { from: windowStart, to: segment.date }, addDays(today, -(policy.noShowWindowDays + policy.suspensionDays)));
      const suspended = suspendedUntil(history.filter((r) => r.status === 'noshow').map((r) => r.visit_date), today, policy);
      if (suspended) throw clinicError('BOOKING_SUSPENDED', clinicSentences.suspended(policy, suspended));

      const nearby = history.filter((r) => r.visit_date >= windowStart && r.visit_date <= segment.date);
      let anchor: RegistrationTable | null = null;
      if (input.revisitOf) {
        const anchors = anchorsAmong(nearby, member.person_key, segment);
        anchor = anchors.some((a) => a.registrationId === input.revisitOf) ? nearby.find((r) => r.id === input.revisitOf) ?? null : null;
        if (!anchor) throw clinicError('REVISIT_NOT_ELIGIBLE', '所选首诊不在三日免费复诊期内，或院区、科室、就诊人不一致，未予减免');
      }

      const sameDay = nearby.filter((r) => r.visit_date === segment.date && isActive(r.status));
      const sameDepartment = sameDay.filter((r) => r.department_id === segment.department_id).map((r) => ({ id: r.id, visitDate: r.visit_date }));
      if (breaksDepartmentDayLimit({ sameDepartment, date: segment.date, revisitOf: anchor && { id: anchor.id, visitDate: anchor.visit_date }, perDepartmentPerDay: policy.perDepartmentPerDay })) {
        throw clinicError('DUPLICATE_REGISTRATION', `${member.name}${monthDay(segment.date)}已预约该科室，请勿重复挂号`);
      }
      if (sameDay.length >= policy.perMemberPerDay) throw clinicError('DAILY_LIMIT', clinicSentences.dailyLimit(policy));

      const queueNumber = taken!.issued;
      const price = priceRegistration({ registrationFee: segment.registration_fee, consultationFee: segment.consultation_fee }, anchor !== null);
      const row: RegistrationTable = {
        id: newId('reg'),
        account_id: accountId,
        member_id: member.id,
        person_key: member.person_key,
        hospital_id: segment.hospital_id,
        campus_id: segment.campus_id,
        department_id: segment.department_id,
        segment_id: segment.id,
        visit_date: segment.date,
        clinic_type: segment.clinic_type,
        queue_number: queueNumber,
        status: 'booked',
        registration_fee: segment.registration_fee,
        consultation_fee: segment.consultation_fee,
        fee: price.fee,
        waived: price.waived ? 1 : 0,
        waived_amount: price.waivedAmount,
        anchor_id: anchor?.id ?? null,
        created_at: at,
        updated_at: at,
        status_at: at,
      };
      await clinic.insertRegistration(row);
      // Everything the answer shows is at hand: only the place's facts are read. Nothing can lean on a new registration yet.
      const place = await placeOf(segment.department_id);
      const booked = toRegistrationDetail({ ...row, ...place, member_name: member.name, start_time: segment.start_time, end_time: segment.end_time }, now, {
        anchorVisitDate: anchor?.visit_date ?? null,
        linkedRevisits: 0,
      });
      const where = `${booked.hospitalName}${booked.campusName}${booked.departmentName}`;
      const when = `${monthDay(segment.date)} ${timeRange(segment.start_time, segment.end_time)}`;
      await outbox.enqueue({
        accountId,
        kind: 'clinic_booked',
        title: price.waived ? '复诊挂号成功（已减免）' : '挂号成功',
        body: price.waived
          ? `${member.name} ${when} ${where}，第${queueNumber}号；同一疾病复诊，免挂号费、诊察费${formatYuan(price.waivedAmount)}。`
          : `${member.name} ${when} ${where}，第${queueNumber}号，费用${formatYuan(price.fee)}；${clinicSentences.freeRevisitWindow(booked.freeRevisitUntil ?? segment.date)}。`,
        page: MINE_PAGE,
        now,
      });
      return booked;
    },

    async cancel(accountId: string, registrationId: string): Promise<RegistrationDetail> {
      const registration = await clinic.registrationOfAccount(accountId, registrationId);
      if (!registration) throw new AppError('NOT_FOUND', '未找到该挂号记录');
      await lock(registration.person_key);
      if (registration.status !== 'booked') throw clinicError('INVALID_TRANSITION', '该挂号当前状态不能取消');
      if (!canCancelFree(registration.visit_date, now)) throw clinicError('CANCEL_TOO_LATE', '就诊当天0点后不能取消，未就诊将记为爽约');
      if (!(await statuses.move(registrationWorkflow, { table: 'registrations', id: registration.id, from: 'booked', to: 'cancelled', actor: { accountId, role: 'resident' }, at, changes: { status_at: at } }))) {
        throw new AppError('CONFLICT', '该挂号状态已变化，请刷新');
      }
      await clinic.releasePlace(registration.segment_id, at);
      await clinic.audit({ id: newId('aud'), registration_id: registration.id, actor_account_id: accountId, event: 'cancelled', from_status: 'booked', to_status: 'cancelled', from_fee: registration.fee, to_fee: registration.fee, reason: null, created_at: at });
      if (registration.waived === 0) await repriceRevisitsOf({ clinic, outbox, now }, registration, 'anchor_cancelled', { accountId, role: 'resident' });
      const cancelled = await detail(accountId, registration.id);
      await outbox.enqueue({
        accountId,
        kind: 'clinic_cancelled',
        title: '挂号已取消',
        body: `${cancelled.memberName} ${monthDay(cancelled.visitDate)} ${cancelled.hospitalName}${cancelled.campusName}${cancelled.departmentName}的挂号已取消，未收费。`,
        page: MINE_PAGE,
        now,
      });
      return cancelled;
    },

    registration: detail,

    /** 我的挂号: every registration of the account's members, upcoming first. */
    async mine(accountId: string): Promise<MyRegistrations> {
      const rows = await clinic.detailsOfAccount(accountId, 200);
      const anchorIds = [...new Set(rows.map((r) => r.anchor_id).filter((id): id is string => id !== null))];
      const [anchorDates, linked] = await Promise.all([clinic.visitDates(anchorIds), clinic.linkedRevisitCounts(rows.filter((r) => r.waived === 0).map((r) => r.id))]);
      const views = rows.map((r) => toRegistrationDetail(r, now, { anchorVisitDate: r.anchor_id ? anchorDates.get(r.anchor_id) ?? null : null, linkedRevisits: linked.get(r.id) ?? 0 }));
      const isUpcoming = (v: RegistrationDetail) => v.visitDate >= today && registrationWorkflow.isOpen(v.status);
      return { upcoming: views.filter(isUpcoming).reverse(), past: views.filter((v) => !isUpcoming(v)), freeCancellationRule: clinicSentences.freeCancellation(policy) };
    },
  };
}
