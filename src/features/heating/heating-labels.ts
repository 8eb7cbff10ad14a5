import type { ComplaintView } from '@/domain/heating/contract'
import { COMPLAINT_LIMITS, inTenths, READING_MAX_AGE_HOURS } from '@/domain/heating/complaint-rules'
import { heatingSentences } from '@/domain/heating/policy-sentences'
import { addDays, businessDate, shanghaiInstant, shanghaiTime } from '@/domain/business-date'

export const celsiusText = heatingSentences.celsius

/** '天馨花园 3号楼 2单元 502室': the household, as the resident and the dispatcher name it. */
export function householdText(c: Pick<ComplaintView, 'communityName' | 'buildingName' | 'unitName' | 'room'>): string {
  return `${c.communityName} ${c.buildingName} ${c.unitName} ${c.room}室`
}

export const RATING_WORDS: Record<number, string> = { 1: '很不满意', 2: '不满意', 3: '一般', 4: '满意', 5: '很满意' }

/** A share 0–1 as a whole percent; '暂无' before anything counted. */
export function shareText(share: number | null): string {
  return share === null ? '暂无' : `${Math.round(share * 100)}%`
}

/** 95 → '1小时35分钟'; 40 → '40分钟'. */
export function minutesText(minutes: number | null): string {
  if (minutes === null) return '暂无'
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  if (hours === 0) return `${rest}分钟`
  return rest === 0 ? `${hours}小时` : `${hours}小时${rest}分钟`
}

type CelsiusRange = { readonly min: number; readonly max: number }

const rangeText = ({ min, max }: CelsiusRange) => `${min.toFixed(1)}℃至${max.toFixed(1)}℃之间`

/** The hint beside the resident's temperature field, from the same limits the function checks. */
export const READING_RANGE_HINT = `${rangeText(COMPLAINT_LIMITS.readingCelsius)}，精确到0.1℃`

/** The hint beside the crew's measured temperature. */
export const MEASURED_RANGE_HINT = `${rangeText(COMPLAINT_LIMITS.measuredCelsius)}，精确到0.1℃`

/**
 * A typed temperature: the number, or why it cannot be sent (the function says the same).
 * `what` names it in the message: 室温 for the resident, 实测温度 for the crew.
 */
export function parseCelsius(text: string, range: CelsiusRange = COMPLAINT_LIMITS.readingCelsius, what = '室温'): { celsius: number } | { error: string } {
  const trimmed = text.trim()
  if (trimmed === '') return { error: `请填写${what}` }
  if (!/^-?\d{1,2}(\.\d+)?$/.test(trimmed)) return { error: '请填写数字，如 16.5' }
  const celsius = Number(trimmed)
  if (celsius < range.min || celsius > range.max) return { error: `${what}应在${rangeText(range)}` }
  if (!inTenths(celsius)) return { error: '温度精确到0.1℃' }
  return { celsius }
}

/** China time of an instant, as a date picker and a time picker hold it. */
export function chinaClock(now: Date): { date: string; time: string } {
  return { date: businessDate(now), time: shanghaiTime(now) }
}

/** A date and time picked in China time as the instant the function takes. */
export function chinaInstant(date: string, time: string): string {
  return shanghaiInstant(date, time).toISOString()
}

/** The days a reading may have been taken on: the last three (the function refuses older ones). */
export function readingDays(now: Date): { start: string; end: string } {
  const end = businessDate(now)
  return { start: addDays(end, -Math.floor(READING_MAX_AGE_HOURS / 24)), end }
}
