import type { Kysely } from 'kysely';
import { businessDate } from '../../../src/domain/business-date';
import { canTransition } from '../../../src/domain/clinic/booking-rules';
import type { RegistrationStatus } from '../../../src/domain/clinic/three-day-rule';
import { maskIdNumber, maskPhone } from '../../../src/domain/masking';
import { formatYuan } from '../../../src/domain/money';
import type { Identity } from '../../core/action';
import { AppError } from '../../core/errors';
import { newId } from '../../core/ids';
import type { Database } from '../../db/schema';
import { enqueueMessage } from '../messages/outbox';
import { clinicRepository } from './clinic-repository';
import { toRegistrationView, toSegmentView } from './clinic-views';
import { assertCanReadFigures, assertHospitalStaff, staffHospitals } from './hospital-access';
import { repriceRevisitsOf } from './reprice-revisits';

export interface SegmentInput {
  id?: string;
  session: 'am' | 'pm';
  start: string;
  end: string;
  capacity: number;
  clinicType: 'normal' | 'expert';
  registrationFee: number;
  consultationFee: number;
  doctorName?: string;
}

interface Deps {
  db: Kysely<Database>;
  now: Date;
  identity: Identity;
}

const STATUS_WORDS: Record<string, string> = { arrived: '已到诊', fulfilled: '已就诊', noshow: '未按时就诊（爽约）' };

/** The hospital registration desk: schedules, visits, re-pricing and figures, scoped to its hospital. */
export function staffService({ db, now, identity }: Deps) {
  const repo = clinicRepository(db);
  const at = now.toISOString();
  const today = businessDate(now);

  async function staffRegistration(registrationId: string) {
    const registration = await repo.registrationOfHospitals(staffHospitals(identity), registrationId);
    if (!registration) throw new AppError('NOT_FOUND', '未找到该挂号记录');
    return registration;
  }

  return {
    async publishSchedule(input: { hospitalId: string; campusId: string; departmentId: string; date: string; segments: SegmentInput[] }) {
      assertHospitalStaff(identity, input.hospitalId);
      const department = await repo.department(input.departmentId);
      if (!department || department.hospitalId !== input.hospitalId || department.campusId !== input.campusId) {
        throw new AppError('NOT_FOUND', '本院没有该院区或科室');
      }
      if (input.date < today) throw new AppError('VALIDATION_FAILED', '不能发布过去日期的排班', { date: '不能早于今天' });
      const fields: Record<string, string> = {};
      input.segments.forEach((s, i) => {
        if (s.start >= s.end) fields[`segments.${i}.end`] = '结束时间须晚于开始时间';
        if ((s.session === 'am') !== s.start < '12:00') fields[`segments.${i}.session`] = '上午时段须在12:00前开始，下午时段须在12:00后开始';
      });
      if (Object.keys(fields).length) throw new AppError('VALIDATION_FAILED', '排班时段有误', fields);

      const existing = await repo.segmentsOfDay(input.departmentId, input.date);
      const byId = new Map(existing.map((s) => [s.id, s]));
      for (const [i, s] of input.segments.entries()) {
        if (s.id && !byId.has(s.id)) throw new AppError('NOT_FOUND', `第${i + 1}个时段不属于该科室当天的排班`);
      }
      const kept = new Set(input.segments.map((s) => s.id).filter(Boolean));
      for (const s of existing) {
        if (kept.has(s.id) || s.status === 'closed') continue;
        // Stopping a segment is allowed only while nobody holds a place in it.
        const closed = await db.updateTable('clinic_segments').set({ status: 'closed', updated_at: at }).where('id', '=', s.id).where('booked', '=', 0).executeTakeFirst();
        if (Number(closed.numUpdatedRows) === 0) {
          throw new AppError('CAPACITY_BELOW_BOOKED', `${s.start_time}-${s.end_time} 已有${s.booked}人预约，不能停诊，请保留该时段`);
        }
      }
      for (const [i, s] of input.segments.entries()) {
        const values = {
          session: s.session,
          start_time: s.start,
          end_time: s.end,
          clinic_type: s.clinicType,
          doctor_name: s.doctorName ?? null,
          registration_fee: s.registrationFee,
          consultation_fee: s.consultationFee,
          capacity: s.capacity,
          status: 'open',
          updated_at: at,
        };
        if (s.id) {
          // The capacity check and the change are one statement, so a booking racing in cannot be orphaned.
          const updated = await db.updateTable('clinic_segments').set(values).where('id', '=', s.id).where('booked', '<=', s.capacity).executeTakeFirst();
          if (Number(updated.numUpdatedRows) === 0) {
            const booked = (await repo.segment(s.id))?.booked ?? 0;
            throw new AppError('CAPACITY_BELOW_BOOKED', `号源数不能少于已预约的${booked}人`, { [`segments.${i}.capacity`]: `不能少于已预约的${booked}人` });
          }
        } else {
          await db
            .insertInto('clinic_segments')
            .values({ id: newId('seg'), hospital_id: input.hospitalId, campus_id: input.campusId, department_id: input.departmentId, date: input.date, booked: 0, created_at: at, ...values })
            .execute();
        }
      }
      return { date: input.date, departmentId: input.departmentId, segments: (await repo.segmentsOfDay(input.departmentId, input.date)).map(toSegmentView) };
    },

    /** The desk's list for a day: patients with masked ID and phone. */
    async registrations(input: { hospitalId: string; date: string; departmentId?: string }) {
      assertHospitalStaff(identity, input.hospitalId);
      let query = db
        .selectFrom('registrations')
        .innerJoin('members', 'members.id', 'registrations.member_id')
        .innerJoin('clinic_segments', 'clinic_segments.id', 'registrations.segment_id')
        .innerJoin('departments', 'departments.id', 'registrations.department_id')
        .selectAll('registrations')
        .select(['members.name as member_name', 'members.id_number as id_number', 'members.phone as phone', 'clinic_segments.start_time as start_time', 'clinic_segments.end_time as end_time', 'departments.name as department_name'])
        .where('registrations.hospital_id', '=', input.hospitalId)
        .where('registrations.visit_date', '=', input.date);
      if (input.departmentId) query = query.where('registrations.department_id', '=', input.departmentId);
      const rows = await query.orderBy('clinic_segments.start_time').orderBy('registrations.created_at').execute();
      return rows.map((r) => ({
        ...toRegistrationView(r, now),
        memberName: r.member_name,
        idNumberMasked: maskIdNumber(r.id_number),
        phoneMasked: maskPhone(r.phone),
        start: r.start_time,
        end: r.end_time,
        departmentName: r.department_name,
      }));
    },

    async markVisit(registrationId: string, to: Extract<RegistrationStatus, 'arrived' | 'fulfilled' | 'noshow'>) {
      const registration = await staffRegistration(registrationId);
      const from = registration.status as RegistrationStatus;
      if (!canTransition(from, to)) throw new AppError('INVALID_TRANSITION', `当前状态不能标记为${STATUS_WORDS[to]}`);
      if (to === 'arrived' && registration.visit_date !== today) throw new AppError('INVALID_TRANSITION', '只能在就诊当天标记到诊');
      if (to === 'noshow' && registration.visit_date > today) throw new AppError('INVALID_TRANSITION', '就诊日之前不能标记爽约');
      if (!(await repo.setStatus(registration.id, from, to, at))) throw new AppError('CONFLICT', '该挂号状态已变化，请刷新');
      await repo.audit({ id: newId('aud'), registration_id: registration.id, actor_account_id: identity.accountId, event: `mark_${to}`, from_status: from, to_status: to, from_fee: registration.fee, to_fee: registration.fee, reason: null, created_at: at });
      if (to === 'noshow') {
        if (registration.waived === 0) await repriceRevisitsOf(db, registration, 'anchor_noshow', identity.accountId, now);
        await enqueueMessage(db, {
          accountId: registration.account_id,
          kind: 'clinic_noshow',
          title: '就诊爽约提醒',
          body: `${registration.visit_date}的挂号未按时就诊，已记爽约一次。90天内爽约3次将暂停预约30天。`,
          page: '/packages/clinic/pages/mine/index',
          now,
        });
      }
      return toRegistrationView({ ...registration, status: to, status_at: at, updated_at: at }, now);
    },

    /** The doctor rejected the same-illness declaration: charge the revisit in full, on the record. */
    async reprice(registrationId: string, reason: string) {
      const registration = await staffRegistration(registrationId);
      if (registration.waived !== 1) throw new AppError('INVALID_TRANSITION', '该挂号没有减免，无需改价');
      if (registration.status === 'cancelled') throw new AppError('INVALID_TRANSITION', '已取消的挂号不能改价');
      const fullFee = registration.registration_fee + registration.consultation_fee;
      await repo.chargeFull(registration.id, at);
      await repo.audit({ id: newId('aud'), registration_id: registration.id, actor_account_id: identity.accountId, event: 'reprice_rejected_revisit', from_status: registration.status, to_status: registration.status, from_fee: registration.fee, to_fee: fullFee, reason, created_at: at });
      await enqueueMessage(db, {
        accountId: registration.account_id,
        kind: 'clinic_repriced',
        title: '复诊挂号已恢复收费',
        body: `医生判定${registration.visit_date}的就诊不属于同一疾病复诊，已按${formatYuan(fullFee)}收费。原因：${reason}`,
        page: '/packages/clinic/pages/mine/index',
        now,
      });
      return toRegistrationView({ ...registration, fee: fullFee, waived: 0, waived_amount: 0, updated_at: at }, now);
    },

    /** Registrations, waived visits (人次) and waived amount for a period, per department. */
    async stats(input: { hospitalId: string; from: string; to: string }) {
      assertCanReadFigures(identity, input.hospitalId);
      const rows = await db
        .selectFrom('registrations')
        .innerJoin('departments', 'departments.id', 'registrations.department_id')
        .innerJoin('campuses', 'campuses.id', 'registrations.campus_id')
        .select((eb) => [
          'registrations.department_id as departmentId',
          'departments.name as departmentName',
          'campuses.name as campusName',
          eb.fn.countAll<string | number>().as('registrations'),
          eb.fn.sum<string | number>('registrations.waived').as('waivedVisits'),
          eb.fn.sum<string | number>('registrations.waived_amount').as('waivedAmount'),
        ])
        .where('registrations.hospital_id', '=', input.hospitalId)
        .where('registrations.visit_date', '>=', input.from)
        .where('registrations.visit_date', '<=', input.to)
        .where('registrations.status', '!=', 'cancelled')
        .groupBy(['registrations.department_id', 'departments.name', 'campuses.name'])
        .execute();
      const byDepartment = rows
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
      return {
        hospitalId: input.hospitalId,
        from: input.from,
        to: input.to,
        registrations: total('registrations'),
        waivedVisits: total('waivedVisits'),
        waivedAmount: total('waivedAmount'),
        byDepartment,
      };
    },
  };
}
