import type { SearchInput, SearchSort } from '@/domain/jobs/contract'
import { fenFromYuan } from '@/domain/jobs/posting-import'
import { CATEGORIES, PAY_UNITS, POSTING_TYPES, type PayUnit, type PostingCategory, type PostingType } from '@/domain/jobs/vocabulary'
import { distanceText } from './jobs-wording'

/** A point to search around: the phone's location, or a town or community the seeker chose. */
export interface SearchPoint {
  lat: number
  lng: number
  /** '我的位置' or the place's name. */
  name: string
}

/** What the seeker has chosen on the search screen. */
export interface SearchFilters {
  keyword: string
  category: PostingCategory | null
  type: PostingType | null
  sameDayPay: boolean
  /** As typed, in 元 ("150" or "12.5"); '' for no minimum. */
  minPayYuan: string
  payUnit: PayUnit
  point: SearchPoint | null
  /** null: anywhere (up to the policy's largest radius around the point). */
  radiusKm: number | null
  sort: SearchSort
}

export const EMPTY_FILTERS: SearchFilters = {
  keyword: '',
  category: null,
  type: null,
  sameDayPay: false,
  minPayYuan: '',
  payUnit: 'day',
  point: null,
  radiusKm: null,
  sort: 'newest',
}

/** Radius choices a day labourer understands; the policy's largest radius caps them. */
export const RADIUS_CHOICES_KM = [3, 5, 10, 30] as const

/** Why the minimum pay as typed cannot be searched for, or null. */
export function minPayError(minPayYuan: string): string | null {
  const text = minPayYuan.trim()
  if (text === '' || fenFromYuan(text) !== null) return null
  return '请填写金额（元），如 150 或 12.5'
}

/** The filters as the search action takes them (fen, a unit only with a minimum, a point only when chosen). */
export function searchInput(f: SearchFilters): SearchInput {
  const input: SearchInput = { sort: f.sort === 'nearest' && !f.point ? 'newest' : f.sort }
  const keyword = f.keyword.trim()
  if (keyword) input.keyword = keyword
  if (f.category) input.category = f.category
  if (f.type) input.type = f.type
  if (f.sameDayPay) input.sameDayPay = true
  const minPay = f.minPayYuan.trim() ? fenFromYuan(f.minPayYuan.trim()) : null
  if (minPay !== null) {
    input.minPay = minPay
    input.payUnit = f.payUnit
  }
  if (f.point) {
    input.lat = f.point.lat
    input.lng = f.point.lng
    if (f.radiusKm !== null) input.radiusKm = f.radiusKm
  }
  return input
}

/** The chosen conditions in words, for the line above the results: "保洁 · 日结 · 我的位置5公里内". */
export function filtersSummary(f: SearchFilters): string[] {
  const parts: string[] = []
  if (f.keyword.trim()) parts.push(`“${f.keyword.trim()}”`)
  if (f.category) parts.push(CATEGORIES[f.category])
  if (f.type) parts.push(POSTING_TYPES[f.type])
  if (f.sameDayPay) parts.push('日结')
  const minPay = f.minPayYuan.trim() ? fenFromYuan(f.minPayYuan.trim()) : null
  if (minPay !== null) parts.push(`最低${minPay / 100}元/${PAY_UNITS[f.payUnit].per}`)
  if (f.point) parts.push(f.radiusKm === null ? `从${f.point.name}算距离` : `${f.point.name}${distanceText(f.radiusKm)}内`)
  return parts
}
