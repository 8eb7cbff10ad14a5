import type { RuleCode } from '@/domain/canteen/contract'
import { addDays } from '@/domain/business-date'
import { fullDate, monthDay, shanghaiDateTime, weekday } from '@/domain/date-wording'
import { formatYuan } from '@/domain/money'

/** What a diner pays, as the price board says it: 0元 when free, else ¥9.60. */
export const priceText = (fen: number): string => (fen === 0 ? '0元' : formatYuan(fen))

/** An instant (ISO) as a China date and time in one piece: "11月29日20:00". */
export const chinaMoment = (iso: string): string => shanghaiDateTime(iso).replace(' ', '')

/** "11月29日20:00前报餐". */
export const orderByText = (orderBy: string): string => `${chinaMoment(orderBy)}前报餐`

/** "12月3日20:00前可取消". */
export const cancelByText = (cancelBy: string): string => `${chinaMoment(cancelBy)}前可取消`

/** "报餐已于11月29日20:00截止". */
export const closedText = (orderBy: string): string => `报餐已于${chinaMoment(orderBy)}截止`

/** A day of the week strip, as a person says it: 今天, 明天, else the weekday. */
export function dayName(date: string, today: string): string {
  if (date === today) return '今天'
  if (date === addDays(today, 1)) return '明天'
  return weekday(date)
}

/** '2026-11-30' → '11月30日 周一'. */
export const dateWithWeekday = (date: string): string => `${monthDay(date)} ${weekday(date)}`

/**
 * The pricing rules by name, for counts: the numbers behind them (the free age, each rate)
 * are the county's settings and the server's sentences say them; a tally needs only the name.
 */
export const RULE_NAMES: Record<RuleCode, string> = {
  age_90_plus: '高龄免费',
  senior: '老年人优惠',
  veteran: '退役军人',
  dibao: '低保户',
  disabled: '残疾人',
  worker: '农民工、学生、保洁员、出租车司机',
  full: '原价',
}

export type PriceKind = 'free' | 'discounted' | 'full'

/** How the kitchen tallies a rule: free, discounted or full price. */
export const priceKind = (code: RuleCode): PriceKind => (code === 'age_90_plus' ? 'free' : code === 'full' ? 'full' : 'discounted')

export const PRICE_KIND_NAMES: Record<PriceKind, string> = { free: '免费', discounted: '优惠', full: '原价' }

/** A verification's last day with its year (a year ahead reads wrong without it): '2027年11月29日（含）'. */
export const lastDayText = (date: string): string => `${fullDate(date)}（含）`
