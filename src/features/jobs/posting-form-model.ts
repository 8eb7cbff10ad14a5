import type { PostingInput } from '@/domain/jobs/contract'
import { fenFromYuan } from '@/domain/jobs/posting-import'
import { CONTACT_PHONE } from '@/domain/jobs/posting-rules'
import type { PayUnit, PostingCategory, PostingType } from '@/domain/jobs/vocabulary'
import { splitSkills } from './jobs-wording'

/** The posting form as typed: text until it is sent. */
export interface PostingFormValues {
  title: string
  description: string
  category: PostingCategory | null
  type: PostingType | null
  payYuan: string
  payUnit: PayUnit
  sameDayPay: boolean
  place: string
  point: { lat: number; lng: number; name: string } | null
  headcount: string
  minAge: string
  maxAge: string
  skills: string
  note: string
  hasWorkDates: boolean
  workFrom: string
  workTo: string
  workHours: string
  contactName: string
  contactPhone: string
  validThrough: string
}

export function emptyPostingForm(today: string, validThrough: string): PostingFormValues {
  return {
    title: '',
    description: '',
    category: null,
    type: null,
    payYuan: '',
    payUnit: 'day',
    sameDayPay: false,
    place: '',
    point: null,
    headcount: '1',
    minAge: '',
    maxAge: '',
    skills: '',
    note: '',
    hasWorkDates: false,
    workFrom: today,
    workTo: today,
    workHours: '',
    contactName: '',
    contactPhone: '',
    validThrough,
  }
}

const wholeNumber = (text: string) => (/^\d{1,3}$/.test(text.trim()) ? Number(text.trim()) : null)

/** What is still missing or wrong before the form can be sent, keyed by the contract's field names. */
export function postingFormErrors(v: PostingFormValues): Record<string, string> {
  const errors: Record<string, string> = {}
  if (!v.title.trim()) errors.title = '请填写岗位名称'
  if (!v.category) errors.category = '请选择工种'
  if (!v.type) errors.type = '请选择用工类型'
  const pay = fenFromYuan(v.payYuan.trim())
  if (pay === null || pay <= 0) errors.pay = '请填写工资（元），如 180 或 12.5'
  if (!v.place.trim()) errors.place = '请填写工作地点'
  if (!v.point) errors.lat = '请选择地点在地图上的位置'
  const headcount = wholeNumber(v.headcount)
  if (headcount === null || headcount < 1) errors.headcount = '请填写招几个人'
  if (v.minAge.trim() && wholeNumber(v.minAge) === null) errors['requirements.minAge'] = '请填写数字'
  if (v.maxAge.trim() && wholeNumber(v.maxAge) === null) errors['requirements.maxAge'] = '请填写数字'
  if (!v.contactName.trim()) errors.contactName = '请填写联系人'
  if (!CONTACT_PHONE.test(v.contactPhone.trim())) errors.contactPhone = '请填写11位手机号或带区号的固定电话'
  return errors
}

/** The form as createPosting takes it (fen, numbers, the optional parts only when filled in). */
export function postingInputOf(v: PostingFormValues): PostingInput {
  const requirements: NonNullable<PostingInput['requirements']> = {}
  if (v.minAge.trim()) requirements.minAge = Number(v.minAge.trim())
  if (v.maxAge.trim()) requirements.maxAge = Number(v.maxAge.trim())
  const skills = splitSkills(v.skills)
  if (skills.length) requirements.skills = skills
  if (v.note.trim()) requirements.note = v.note.trim()
  return {
    title: v.title.trim(),
    ...(v.description.trim() ? { description: v.description.trim() } : {}),
    category: v.category!,
    type: v.type!,
    pay: fenFromYuan(v.payYuan.trim()) ?? 0,
    payUnit: v.payUnit,
    sameDayPay: v.sameDayPay && v.payUnit !== 'month',
    place: v.place.trim(),
    lat: v.point?.lat ?? 0,
    lng: v.point?.lng ?? 0,
    headcount: Number(v.headcount.trim()),
    ...(Object.keys(requirements).length ? { requirements } : {}),
    ...(v.hasWorkDates ? { workDates: { from: v.workFrom, to: v.workTo } } : {}),
    ...(v.workHours.trim() ? { workHours: v.workHours.trim() } : {}),
    contactName: v.contactName.trim(),
    contactPhone: v.contactPhone.trim(),
    validThrough: v.validThrough,
  }
}
