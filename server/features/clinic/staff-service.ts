import { addDays, businessDate } from '../../../src/domain/business-date';
import { deskMoveRefusal, type DeskMove } from '../../../src/domain/clinic/booking-rules';
import type { ClinicPolicy } from '../../../src/domain/clinic/clinic-policy';
import type { DeskRegistration, HospitalStats, PublishedSchedule, Registration, ScheduleSegmentInput } from '../../../src/domain/clinic/contract';
import { clinicSentences } from '../../../src/domain/clinic/policy-sentences';
import { registrationWorkflow } from '../../../src/domain/clinic/registration-workflow';
import { inclusiveEnd, monthDay } from '../../../src/domain/date-wording';
import { formatYuan } from '../../../src/domain/money';
import { AppError } from '../../core/errors';
import { newId } from '../../core/ids';
import type { Vault } from '../../core/personal-data';
import type { StatusStore } from '../../db/status-store';
import type { Outbox } from '../messages/outbox';
import { clinicError } from './clinic-errors';
import type { ClinicRepository } from './clinic-repository';
import { toDeskRegistration, toRegistrationView, toSegmentView } from './clinic-views';
import { repriceRevisitsOf } from './reprice-revisits';

export interface StaffDeps {
  clinic: ClinicRepository;
  outbox: Outbox;
  statuses: StatusStore;
  lockPerson: (personKey: string) => Promise<void>;
  /** Serialises writers of one department's day (two staff publishing at once). */
  lockKey: (key: string) => Promise<void>;
  vault: Vault;
  now: Date;
  policy: ClinicPolicy;
  /** The hospitals the caller is registration staff of (checked by the action's roles too). */
  hospitalIds: string[];
  actorAccountId: string;
}

/** The hospital registration desk: schedules, visits, re-pricing and figures, scoped to its hospitals. */
export function staffService({ clinic, outbox, statuses, lockPerson, lockKey, vault, now, policy, hospitalIds, actorAccountId }: StaffDeps) {
  const at = now.toISOString();
  const today = businessDate(now);
  const actor = { accountId: actorAccountId, role: 'hospital_admin' };

  async function staffRegistration(registrationId: string) {
    const registration = await clinic.registrationOfHospitals(hospitalIds, registrationId);
    if (!registration) throw new AppError('NOT_FOUND', '未找到该挂号记录');
    return registration;
  }

  return {
    async publishSchedule(input: { hospitalId: string; campusId: string; departmentId: string; date: string; segments: ScheduleSegmentInput[] }): Promise<PublishedSchedule> {
      const department = await clinic.department(input.departmentId);
      if (!department || department.hospitalId !== input.hospitalId || department.campusId !== input.campusId) throw new AppError('NOT_FOUND', '本院没有该院区或科室');
      const horizon = addDays(today, policy.scheduleHorizonDays);
      if (input.date < today || input.date > horizon) {
        throw new AppError('VALIDATION_FAILED', `只能发布今天至${inclusiveEnd(horizon)}的排班`, { date: `只能发布今天至${monthDay(horizon)}的排班` });
      }
      const fields: Record<string, string> = {};
      input.segments.forEach((s, i) => {
        if (s.start >= s.end) fields[`segments.${i}.end`] = '结束时间须晚于开始时间';
        if ((s.session === 'am') !== s.start < '12:00') fields[`segments.${i}.session`] = '上午时段须在12:00前开始，下午时段须在12:00后开始';
      });
      if (Object.keys(fields).length) throw new AppError('VALIDATION_FAILED', '排班时段有误', fields);

      // One writer per department and day; within it, rows change in id order, so two
      // publishers can never hold each other's rows.
      await lockKey(`schedule:${input.departmentId}:${input.date}`);
      const existing = await clinic.segmentsOfDay(input.departmentId, input.date);
      const byId = new Map(existing.map((s) => [s.id, s]));
      for (const [i, s] of input.segments.entries()) {
        if (s.id && !byId.has(s.id)) throw new AppError('NOT_FOUND', `第${i + 1}个时段不属于该科室当天的排班`);
      }
      const kept = new Set(input.segments.map((s) => s.id).filter(Boolean));
      for (const s of [...existing].sort((a, b) => a.id.localeCompare(b.id))) {
        if (kept.has(s.id) || s.status === 'closed') continue;
        // Stopping a segment is allowed only while nobody holds a place in it.
        if (!(await clinic.closeEmptySegment(s.id, at))) throw clinicError('CAPACITY_BELOW_BOOKED', `${s.start_time}-${s.end_time} 已有${s.booked}人预约，不能停诊，请保留该时段`);
      }
      const edits = input.segments.map((s, index) => ({ s, index })).sort((a, b) => (a.s.id ?? '\uffff').localeCompare(b.s.id ?? '\uffff'));
      for (const { s, index } of edits) {
        const values = {
          session: s.session,
          start_time: s.start,
          end_time: s.end,
          clinic_type: s.clinicType,
          doctor_name: s.doctorName ?? null,
          registration_fee: s.registrationFee,
          consultation_fee: s.consultationFee,
          capacity: s.capacity,
          status: 'open' as const,
          updated_at: at,
        };
        if (s.id) {
          // The capacity check and the change are one statement, so a booking racing in cannot be orphaned.
          if (!(await clinic.updateSegment(s.id, values))) {
            const booked = (await clinic.segment(s.id))?.booked ?? 0;
            throw clinicError('CAPACITY_BELOW_BOOKED', `号源数不能少于已预约的${booked}人`, { [`segments.${index}.capacity`]: `不能少于已预约的${booked}人` });
          }
        } else {
          await clinic.insertSegment({ id: newId('seg'), hospital_id: input.hospitalId, campus_id: input.campusId, department_id: input.departmentId, date: input.date, booked: 0, issued: 0, created_at: at, ...values });
        }
      }
      return { date: input.date, departmentId: input.departmentId, segments: (await clinic.segmentsOfDay(input.departmentId, input.date)).map(toSegmentView) };
    },

    /** The desk's list for a day: patients with masked ID and phone, and the moves allowed now. */
    async registrations(input: { hospitalId: string; date: string; departmentId?: string }): Promise<DeskRegistration[]> {
      return (await clinic.deskList(input)).map((r) => toDeskRegistration(r, now, vault));
    },

    async markVisit(registrationId: string, to: DeskMove): Promise<Registration> {
      const registration = await staffRegistration(registrationId);
      await lockPerson(registration.person_key);
      const refusal = deskMoveRefusal({ status: registration.status, visitDate: registration.visit_date, segmentEnd: registration.segment_end }, to, now);
      if (refusal) throw clinicError('INVALID_TRANSITION', refusal);
      if (!(await statuses.move(registrationWorkflow, { table: 'registrations', id: registration.id, from: registration.status, to, actor, at, changes: { status_at: at } }))) {
        throw new AppError('CONFLICT', '该挂号状态已变化，请刷新');
      }
      await clinic.audit({ id: newId('aud'), registration_id: registration.id, actor_account_id: actorAccountId, event: `mark_${to}`, from_status: registration.status, to_status: to, from_fee: registration.fee, to_fee: registration.fee, reason: null, created_at: at });
      if (to === 'noshow') {
        if (registration.waived === 0) await repriceRevisitsOf({ clinic, outbox, now }, registration, 'anchor_noshow', actor);
        await outbox.enqueue({
          accountId: registration.account_id,
          kind: 'clinic_noshow',
          title: '就诊爽约提醒',
          body: `${monthDay(registration.visit_date)}的挂号未按时就诊，已记爽约一次。${clinicSentences.noShowRule(policy)}。`,
          page: '/packages/clinic/pages/mine/index',
          now,
        });
      }
      return toRegistrationView({ ...registration, status: to, status_at: at, updated_at: at }, now);
    },

    /** The doctor rejected the same-illness declaration: charge the revisit in full, on the record. */
    async reprice(registrationId: string, reason: string): Promise<Registration> {
      const registration = await staffRegistration(registrationId);
      await lockPerson(registration.person_key);
      if (registration.waived !== 1) throw clinicError('INVALID_TRANSITION', '该挂号没有减免，无需改价');
      if (!registrationWorkflow.isActive(registration.status)) throw clinicError('INVALID_TRANSITION', '已取消或爽约的挂号不能改价');
      if (!(await clinic.chargeFull(registration.id, at))) throw new AppError('CONFLICT', '该挂号已变化，请刷新');
      const fullFee = registration.registration_fee + registration.consultation_fee;
      await clinic.audit({ id: newId('aud'), registration_id: registration.id, actor_account_id: actorAccountId, event: 'reprice_rejected_revisit', from_status: registration.status, to_status: registration.status, from_fee: registration.fee, to_fee: fullFee, reason, created_at: at });
      await outbox.enqueue({
        accountId: registration.account_id,
        kind: 'clinic_repriced',
        title: '复诊挂号已恢复收费',
        body: `医生判定${monthDay(registration.visit_date)}的就诊不属于同一疾病复诊，已按${formatYuan(fullFee)}收费。原因：${reason}`,
        page: '/packages/clinic/pages/mine/index',
        now,
      });
      return toRegistrationView({ ...registration, fee: fullFee, waived: 0, waived_amount: 0, updated_at: at }, now);
    },

    /** Registrations, waived visits (人次) and waived amount for a period, per department. */
    async stats(input: { hospitalId: string; from: string; to: string }): Promise<HospitalStats> {
      const byDepartment = (await clinic.figures(input))
        .map((r) => ({
          departmentId: r.departmentId,
          departmentName: r.departmentName,
          campusName: r.campusName,
          registrations: Number(r.registrations),
          waivedVisits: Number(r.waivedVisits ?? 0),
          waivedAmount: Number(r.waivedAmount ?? 0),
        }))
        .sort((a, b) => b.waivedAmount - a.waivedAmount || b.registrations - a.registrations || a.departmentId.localeCompare(b.departmentId));
      const total = (key: 'registrations' | 'waivedVisits' | 'waivedAmount') => byDepartment.reduce((sum, d) => sum + d[key], 0);
      return { hospitalId: input.hospitalId, from: input.from, to: input.to, registrations: total('registrations'), waivedVisits: total('waivedVisits'), waivedAmount: total('waivedAmount'), byDepartment };
    },
  };
}
