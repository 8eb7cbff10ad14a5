import type { SegmentBookability } from '@/domain/clinic/booking-rules'
import type { RegistrationStatus } from '@/domain/clinic/three-day-rule'
import { formatYuan } from '@/domain/money'
import type { ClinicType, Session } from './api'

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

export const STATUS_LABELS: Record<RegistrationStatus, string> = {
  booked: '待就诊',
  arrived: '已到诊',
  fulfilled: '已就诊',
  cancelled: '已取消',
  noshow: '爽约',
}

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']

/** '2026-11-30' → '11月30日' (zero-padded day as in 12月02日, matching the policy wording). */
export function monthDay(date: string): string {
  const [, month, day] = date.split('-')
  return `${Number(month)}月${day}日`
}

export function weekday(date: string): string {
  return WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()]
}

/** What a registration costs the patient: the fee, or 0 with the amount waived. */
export function feeText(registration: { fee: number; waived: boolean; waivedAmount: number }): string {
  if (registration.waived) return `0元 / 已减免 ${formatYuan(registration.waivedAmount)}`
  return formatYuan(registration.fee)
}

export function revisitOfferText(anchor: { visitDate: string; freeRevisitUntil: string }): string {
  return `同一疾病复诊，免挂号费、诊察费（首诊 ${monthDay(anchor.visitDate)}，免费复诊至 ${monthDay(anchor.freeRevisitUntil)}）`
}

export function freeWindowText(freeRevisitUntil: string): string {
  return `三日内（至 ${monthDay(freeRevisitUntil)}）同一疾病复诊免挂号费、诊察费`
}
