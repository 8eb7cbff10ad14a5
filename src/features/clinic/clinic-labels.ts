import type { SegmentBookability } from '@/domain/clinic/booking-rules'
import type { ClinicType, RegistrationDetail, Session } from '@/domain/clinic/contract'
import { clinicSentences } from '@/domain/clinic/policy-sentences'
import { inclusiveEnd, monthDay } from '@/domain/date-wording'
import { formatYuan } from '@/domain/money'

export const SESSION_LABELS: Record<Session, string> = { am: '上午', pm: '下午' }

export const CLINIC_TYPE_LABELS: Record<ClinicType, string> = { normal: '普通号', expert: '专家号' }

/** Why a segment cannot be booked, in the words on the card. */
export const UNBOOKABLE_REASONS: Record<SegmentBookability, string> = {
  open: '可预约',
  full: '已约满',
  past: '已结束',
  not_released: '未放号',
  closed: '停诊',
}

/** What a registration costs the patient: nothing for a cancelled one, else the fee or 0 with the amount waived. */
export function feeText(registration: Pick<RegistrationDetail, 'fee' | 'waived' | 'waivedAmount' | 'status'>): string {
  if (registration.status === 'cancelled') return '未收费'
  if (registration.waived) return `0元 / 已减免 ${formatYuan(registration.waivedAmount)}`
  return formatYuan(registration.fee)
}

export function revisitOfferText(anchor: { visitDate: string; freeRevisitUntil: string }): string {
  return `同一疾病复诊，免挂号费、诊察费（首诊${monthDay(anchor.visitDate)}，免费复诊至${inclusiveEnd(anchor.freeRevisitUntil)}）`
}

export function freeWindowText(freeRevisitUntil: string): string {
  return clinicSentences.freeRevisitWindow(freeRevisitUntil)
}
