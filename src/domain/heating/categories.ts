/**
 * What a resident can report (domain.md §2). Heat-supply problems are taken only in the
 * heating season; leaks, noise and anything else all year. Only an outage carries a
 * repair deadline.
 */
export const COMPLAINT_CATEGORIES = {
  temperature: { label: '室温不达标', seasonal: true, repairDeadline: false, needsReading: true },
  no_heat: { label: '不热停热', seasonal: true, repairDeadline: true, needsReading: true },
  leak: { label: '漏水', seasonal: false, repairDeadline: false, needsReading: false },
  noise: { label: '噪音', seasonal: false, repairDeadline: false, needsReading: false },
  other: { label: '其他', seasonal: false, repairDeadline: false, needsReading: false },
} as const;

export type ComplaintCategory = keyof typeof COMPLAINT_CATEGORIES;

export const CATEGORY_IDS = Object.keys(COMPLAINT_CATEGORIES) as [ComplaintCategory, ...ComplaintCategory[]];

export const categoryLabel = (category: ComplaintCategory) => COMPLAINT_CATEGORIES[category].label;

export const isCategory = (value: string): value is ComplaintCategory => Object.prototype.hasOwnProperty.call(COMPLAINT_CATEGORIES, value);
