import { formatYuanShort } from '../money';

/**
 * The gig station's words (domain.md §4): posting categories, employment types, pay
 * units and event kinds, each with the label residents read. Codes are the contract;
 * labels may be reworded.
 */
export const CATEGORIES = {
  housekeeping: '家政',
  cleaning: '保洁',
  construction: '建筑',
  loading: '搬运装卸',
  catering: '餐饮',
  elderly_care: '养老护理',
  childcare: '育婴',
  retail: '零售',
  delivery: '物流配送',
  farming: '农业',
  other: '其他',
} as const;

export type PostingCategory = keyof typeof CATEGORIES;
export const CATEGORY_CODES = Object.keys(CATEGORIES) as [PostingCategory, ...PostingCategory[]];

export const POSTING_TYPES = {
  gig: '零工',
  temporary: '临时',
  part_time: '兼职',
  full_time: '全职',
} as const;

export type PostingType = keyof typeof POSTING_TYPES;
export const POSTING_TYPE_CODES = Object.keys(POSTING_TYPES) as [PostingType, ...PostingType[]];

/** How pay is counted; `per` is what follows the amount: "180元/天". */
export const PAY_UNITS = {
  hour: { label: '按小时', per: '小时' },
  day: { label: '按天', per: '天' },
  month: { label: '按月', per: '月' },
  piece: { label: '计件', per: '件' },
} as const;

export type PayUnit = keyof typeof PAY_UNITS;
export const PAY_UNIT_CODES = Object.keys(PAY_UNITS) as [PayUnit, ...PayUnit[]];

export const EVENT_KINDS = {
  training: '培训班',
  fair: '招聘会',
} as const;

export type EventKind = keyof typeof EVENT_KINDS;
export const EVENT_KIND_CODES = Object.keys(EVENT_KINDS) as [EventKind, ...EventKind[]];

/** The one way pay is said on cards, details and messages: "180元/天 · 日结". */
export function payText(pay: number, unit: PayUnit, sameDayPay: boolean): string {
  return `${formatYuanShort(pay)}/${PAY_UNITS[unit].per}${sameDayPay ? ' · 日结' : ''}`;
}

/** A code or its Chinese label (as the provincial platform exports it) → the code. */
export function codeFromLabel<C extends string>(table: Record<C, string | { label: string; per: string }>, value: string): C | null {
  const v = value.trim();
  if (Object.prototype.hasOwnProperty.call(table, v)) return v as C;
  for (const [code, entry] of Object.entries(table) as Array<[C, string | { label: string; per: string }]>) {
    if (typeof entry === 'string' ? entry === v : entry.label === v || entry.per === v) return code;
  }
  return null;
}
