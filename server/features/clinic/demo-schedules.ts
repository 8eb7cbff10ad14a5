import type { Kysely } from 'kysely';
import { addDays } from '../../../src/domain/business-date';
import type { Database } from '../../db/schema';

/** 普通号 8.00 元 = 挂号费 1 元 + 诊察费 7 元; 专家号 15.00 元 = 3 元 + 12 元. */
export const FEES = {
  normal: { registrationFee: 100, consultationFee: 700 },
  expert: { registrationFee: 300, consultationFee: 1200 },
} as const;

/** A department's ordinary day: four 上午 and two 下午 segments, one of them 专家号. */
export const DAY_TEMPLATE = [
  { n: 1, session: 'am', start: '08:00', end: '09:00', clinicType: 'normal', capacity: 10 },
  { n: 2, session: 'am', start: '09:00', end: '10:00', clinicType: 'normal', capacity: 10 },
  { n: 3, session: 'am', start: '10:00', end: '11:30', clinicType: 'normal', capacity: 8 },
  { n: 4, session: 'am', start: '09:00', end: '11:00', clinicType: 'expert', capacity: 5 },
  { n: 5, session: 'pm', start: '13:30', end: '15:00', clinicType: 'normal', capacity: 10 },
  { n: 6, session: 'pm', start: '15:00', end: '16:30', clinicType: 'normal', capacity: 8 },
] as const;

export const segmentId = (departmentId: string, date: string, n: number) => `seg_${departmentId}_${date.replace(/-/g, '')}_${n}`;

/**
 * Keeps a published schedule for every department of every campus from `fromDate` for
 * `days` days (the development stand-in for the hospitals' own publishing). Idempotent:
 * a day already published, or edited by staff, is left as it is.
 */
export async function ensureClinicSchedules(db: Kysely<Database>, fromDate: string, days: number, now: Date): Promise<number> {
  const departments = await db.selectFrom('departments').select(['id', 'hospital_id', 'campus_id']).execute();
  const at = now.toISOString();
  let added = 0;
  for (let d = 0; d < days; d += 1) {
    const date = addDays(fromDate, d);
    const existing = await db.selectFrom('clinic_segments').select('department_id').distinct().where('date', '=', date).execute();
    const published = new Set(existing.map((r) => r.department_id));
    const rows = departments
      .filter((dep) => !published.has(dep.id))
      .flatMap((dep) =>
        DAY_TEMPLATE.map((t) => ({
          id: segmentId(dep.id, date, t.n),
          hospital_id: dep.hospital_id,
          campus_id: dep.campus_id,
          department_id: dep.id,
          date,
          session: t.session,
          start_time: t.start,
          end_time: t.end,
          clinic_type: t.clinicType,
          doctor_name: t.clinicType === 'expert' ? '主任医师' : null,
          registration_fee: FEES[t.clinicType].registrationFee,
          consultation_fee: FEES[t.clinicType].consultationFee,
          capacity: t.capacity,
          booked: 0,
          issued: 0,
          status: 'open' as const,
          created_at: at,
          updated_at: at,
        })),
      );
    for (let i = 0; i < rows.length; i += 200) {
      await db.insertInto('clinic_segments').values(rows.slice(i, i + 200)).onConflict((oc) => oc.column('id').doNothing()).execute();
    }
    added += rows.length;
  }
  return added;
}

/** Two visiting-expert free clinics (义诊), as the article describes with 964 解放军总医院. */
export async function seedFreeClinics(db: Kysely<Database>, today: string, now: Date): Promise<void> {
  const at = now.toISOString();
  await db
    .insertInto('free_clinics')
    .values([
      {
        id: 'fc-964-cardio',
        hospital_id: 'h-first',
        campus_id: 'c-first-old',
        title: '964解放军总医院专家义诊（心血管·内分泌·康复）',
        experts_from: '964解放军总医院',
        date: addDays(today, 3),
        start_time: '08:30',
        end_time: '11:30',
        place: '县第一人民医院老院区 门诊一楼大厅',
        departments: '心血管内科,内分泌科,康复医学科',
        description: '专家现场问诊、解读检查报告，对无力支付诊疗费用的困难患者给予资助。',
        seats: 40,
        taken: 0,
        created_at: at,
      },
      {
        id: 'fc-964-family',
        hospital_id: 'h-first',
        campus_id: 'c-first-new',
        title: '964解放军总医院专家义诊（儿科·妇产科·骨科）',
        experts_from: '964解放军总医院',
        date: addDays(today, 10),
        start_time: '13:30',
        end_time: '16:30',
        place: '县第一人民医院新院区 门诊二楼',
        departments: '儿科,妇产科,骨科,超声科(彩超)',
        description: '儿童生长发育、妇科常见病、骨关节疼痛专家义诊，现场可做彩超初筛。',
        seats: 30,
        taken: 0,
        created_at: at,
      },
    ])
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}
