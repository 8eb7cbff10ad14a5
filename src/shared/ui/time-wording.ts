import { businessDate } from '@/domain/business-date'
import { monthDay } from '@/domain/date-wording'

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000

/** A stored UTC instant as China time, in the app's one date wording: '11月29日 14:05'. */
export function shanghaiDateTime(iso: string): string {
  const instant = new Date(iso)
  const clock = new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(11, 16)
  return `${monthDay(businessDate(instant))} ${clock}`
}
