import type { ApplicantView, PostingCard } from '@/domain/jobs/contract'

/** How far a posting is, as a person says it: "不到100米", "800米", "3.2公里". */
export function distanceText(km: number): string {
  if (km < 0.1) return '不到100米'
  const metres = Math.round(km * 10) * 100
  if (metres < 1000) return `${metres}米`
  return `${Number(km.toFixed(1))}公里`
}

/** "还招3人（共6人）", or "已招满" when nobody more is wanted. */
export function placesLeftText(card: Pick<PostingCard, 'headcount' | 'headcountLeft'>): string {
  return card.headcountLeft > 0 ? `还招${card.headcountLeft}人（共${card.headcount}人）` : '已招满'
}

/** "男，46岁". */
export function applicantPersonText(a: Pick<ApplicantView, 'sex' | 'age'>): string {
  return `${a.sex === 'F' ? '女' : '男'}，${a.age}岁`
}

/** Skills as people type them: separated by 、，, spaces or new lines; empty parts dropped, repeats once. */
export function splitSkills(text: string): string[] {
  const parts = text.split(/[、，,；;\s]+/).map((s) => s.trim()).filter(Boolean)
  return Array.from(new Set(parts))
}
