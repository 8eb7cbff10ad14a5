/**
 * Answers of the clinic and account functions as the contract describes them
 * (src/domain/*\/contract.ts), for component tests. Each test copies and changes what it needs.
 */
import type { Member } from '../../src/domain/account/contract'
import type { BookableSlot, HospitalsAnswer, Quote, RegistrationDetail } from '../../src/domain/clinic/contract'
import { DEFAULT_CLINIC_POLICY } from '../../src/domain/clinic/clinic-policy'

export const resident = { id: 'u-1', displayName: '代先生', roles: [{ role: 'resident' as const, scope: null }] }
export const hospitalAdmin = { id: 'u-9', displayName: '第一人民医院挂号管理员', roles: [{ role: 'hospital_admin' as const, scope: 'h-first' }] }
export const official = { id: 'u-7', displayName: '县暖民心行动专班', roles: [{ role: 'official' as const, scope: '' }] }

export const scope = { hospitalId: 'h-first', campusId: 'c-first-old', departmentId: 'c-first-old-cardiology' }

export const hospitalsAnswer: HospitalsAnswer = {
  hospitals: [
    {
      id: 'h-first',
      name: '县第一人民医院',
      shortName: '县一院',
      phone: '0434-6221234',
      campuses: [
        {
          id: 'c-first-old',
          name: '老院区',
          address: '伊通镇中央路1号',
          latitude: 43.345,
          longitude: 125.305,
          departments: [{ id: 'c-first-old-cardiology', name: '心血管内科', location: '门诊楼二层东侧' }],
        },
        {
          id: 'c-first-new',
          name: '新院区',
          address: '伊通镇新城区',
          latitude: null,
          longitude: null,
          departments: [{ id: 'c-first-new-cardiology', name: '心血管内科', location: '门诊楼三层' }],
        },
      ],
    },
    {
      id: 'h-ethnic',
      name: '县民族医院',
      shortName: '民族医院',
      phone: '0434-6225678',
      campuses: [{ id: 'c-ethnic-main', name: '院本部', address: '伊通镇', latitude: null, longitude: null, departments: [] }],
    },
  ],
  policy: { ...DEFAULT_CLINIC_POLICY, noShowWindowDays: 60, suspensionDays: 14 },
}

export function slot(over: Partial<BookableSlot> = {}): BookableSlot {
  return {
    id: 'seg-1',
    date: '2026-12-02',
    session: 'am',
    start: '08:00',
    end: '09:00',
    clinicType: 'normal',
    doctorName: null,
    fee: 800,
    registrationFee: 100,
    consultationFee: 700,
    capacity: 10,
    booked: 1,
    remaining: 9,
    status: 'open',
    bookability: 'open',
    ...over,
  }
}

export function member(over: Partial<Member> = {}): Member {
  return {
    id: 'm-mother',
    name: '代玉贤',
    relation: 'mother',
    relationLabel: '母亲',
    idNumberMasked: '2203**********1021',
    phoneMasked: '139****0000',
    sex: 'F',
    age: 94,
    idNumberLocked: false,
    ...over,
  }
}

export const members = [member({ id: 'm-self', name: '代建国', relation: 'self', relationLabel: '本人', idNumberMasked: '2203**********1012', sex: 'M', age: 71 }), member()]

export const plainQuote: Quote = { fee: 800, registrationFee: 100, consultationFee: 700, bookability: 'open', revisitAnchors: [] }
export const revisitQuote: Quote = {
  ...plainQuote,
  revisitAnchors: [{ registrationId: 'reg-anchor', visitDate: '2026-11-30', freeRevisitUntil: '2026-12-02' }],
}

export function registration(over: Partial<RegistrationDetail> = {}): RegistrationDetail {
  return {
    id: 'reg-1',
    status: 'booked',
    memberId: 'm-mother',
    memberName: '代玉贤',
    hospitalId: 'h-first',
    hospitalName: '县第一人民医院',
    campusId: 'c-first-old',
    campusName: '老院区',
    departmentId: 'c-first-old-cardiology',
    departmentName: '心血管内科',
    slotId: 'seg-1',
    visitDate: '2026-11-30',
    start: '08:00',
    end: '09:00',
    clinicType: 'normal',
    fee: 800,
    registrationFee: 100,
    consultationFee: 700,
    waived: false,
    waivedAmount: 0,
    anchorId: null,
    anchorVisitDate: null,
    freeRevisitUntil: '2026-12-02',
    canCancel: true,
    createdAt: '2026-11-29T01:00:00Z',
    linkedRevisits: 0,
    guide: {
      hospitalName: '县第一人民医院',
      hospitalPhone: '0434-6221234',
      campusName: '老院区',
      campusAddress: '伊通镇中央路1号',
      latitude: 43.345,
      longitude: 125.305,
      departmentName: '心血管内科',
      departmentLocation: '门诊楼二层东侧',
      queueNumber: 3,
      bring: ['就诊人身份证', '医保卡'],
      payment: '到院后在门诊一楼收费窗口或自助机缴费，可用医保卡',
    },
    ...over,
  }
}
