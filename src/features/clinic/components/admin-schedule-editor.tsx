import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { ClinicType, DepartmentScope, ScheduleSegmentInput, Slot } from '@/domain/clinic/contract'
import { monthDay } from '@/domain/date-wording'
import { createRequestId } from '@/shared/api/request-id'
import { stableKey } from '@/shared/api/stable-key'
import { useMutation } from '@/shared/api/use-mutation'
import { useQuery } from '@/shared/api/use-query'
import { ActionButton } from '@/shared/ui/action-button'
import { AsyncView, EmptyView } from '@/shared/ui/async-view'
import { FormError } from '@/shared/ui/form-field'
import { clinicApi } from '../api'
import { AdminSegmentRow, SERVER_FIELD, type DraftField, type SegmentDraft } from './admin-segment-row'
import './clinic.scss'

/** Default fees of a new segment (元, as typed): 普通号 1 + 7 元, 专家号 3 + 12 元, as the hospitals charge. */
const DEFAULT_FEES: Record<ClinicType, { registrationYuan: string; consultationYuan: string }> = {
  normal: { registrationYuan: '1.00', consultationYuan: '7.00' },
  expert: { registrationYuan: '3.00', consultationYuan: '12.00' },
}

/** A fee may not exceed 10,000 元 (1,000,000 fen, the server's bound). */
const MAX_FEE_FEN = 1_000_000
const MAX_CAPACITY = 500
const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/

/** '8', '8.5', '8.50' → 800, 850, 850 fen; anything else (negative, 3 decimals, text) → null. */
function yuanToFen(text: string): number | null {
  const match = /^(\d{1,7})(?:\.(\d{0,2}))?$/.exec(text.trim())
  if (!match) return null
  // Whole and fraction are added as integers, so 0.29 元 is exactly 29 fen.
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'))
}

function fenToYuanText(fen: number): string {
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`
}

function plusOneHour(time: string): string {
  const [h, m] = time.split(':').map(Number)
  return `${String(Math.min(h + 1, 23)).padStart(2, '0')}:${String(m).padStart(2, '0')}`
}

/** A new segment continues after the last one (or starts at 08:00), one hour long, cap 10. */
function newSegment(clinicType: ClinicType, last: SegmentDraft | undefined): SegmentDraft {
  const start = last && CLOCK_TIME.test(last.end) && last.end < '23:00' ? last.end : '08:00'
  return {
    key: createRequestId(),
    booked: 0,
    session: start < '12:00' ? 'am' : 'pm',
    start,
    end: plusOneHour(start),
    capacity: '10',
    clinicType,
    ...DEFAULT_FEES[clinicType],
    doctorName: '',
  }
}

function draftOf(slot: Slot): SegmentDraft {
  return {
    key: slot.id,
    id: slot.id,
    booked: slot.booked,
    session: slot.session,
    start: slot.start,
    end: slot.end,
    capacity: String(slot.capacity),
    clinicType: slot.clinicType,
    registrationYuan: fenToYuanText(slot.registrationFee),
    consultationYuan: fenToYuanText(slot.consultationFee),
    doctorName: slot.doctorName ?? '',
  }
}

function feeError(text: string): string | null {
  const fen = yuanToFen(text)
  if (fen === null) return '请输入金额，最多两位小数'
  if (fen > MAX_FEE_FEN) return '金额不能超过10000元'
  return null
}

/** The form as the server's input, or the field errors (keyed like the server's) that stop it. */
function toInput(drafts: SegmentDraft[]): { segments: ScheduleSegmentInput[]; errors: Record<string, string> } {
  const errors: Record<string, string> = {}
  const segments = drafts.map((d, i): ScheduleSegmentInput => {
    const at = (field: DraftField) => `segments.${i}.${SERVER_FIELD[field]}`
    const capacity = /^\d+$/.test(d.capacity.trim()) ? Number(d.capacity) : NaN
    if (!(capacity <= MAX_CAPACITY)) errors[at('capacity')] = `号源数应为0到${MAX_CAPACITY}的整数`
    if (!CLOCK_TIME.test(d.start)) errors[at('start')] = '时间格式应为 HH:MM'
    if (!CLOCK_TIME.test(d.end)) errors[at('end')] = '时间格式应为 HH:MM'
    const registrationError = feeError(d.registrationYuan)
    if (registrationError) errors[at('registrationYuan')] = registrationError
    const consultationError = feeError(d.consultationYuan)
    if (consultationError) errors[at('consultationYuan')] = consultationError
    const doctorName = d.doctorName.trim()
    return {
      ...(d.id ? { id: d.id } : {}),
      session: d.session,
      start: d.start,
      end: d.end,
      capacity,
      clinicType: d.clinicType,
      registrationFee: yuanToFen(d.registrationYuan) ?? 0,
      consultationFee: yuanToFen(d.consultationYuan) ?? 0,
      ...(doctorName ? { doctorName } : {}),
    }
  })
  return { segments, errors }
}

function rowErrors(fieldErrors: Record<string, string>, index: number): Record<string, string> {
  const prefix = `segments.${index}.`
  return Object.fromEntries(Object.entries(fieldErrors).filter(([k]) => k.startsWith(prefix)).map(([k, v]) => [k.slice(prefix.length), v]))
}

/** One day of one department: edit every segment, add segments, close by removing; saved at once. */
export function AdminScheduleEditor({ scope, date }: { scope: DepartmentScope; date: string }) {
  const slots = useQuery(['clinic.slots', scope, date], () => clinicApi.slots(scope, date))
  return (
    <AsyncView query={slots} loadingText='正在加载排班…'>
      {(answer) => <ScheduleForm key={stableKey(answer.slots)} scope={scope} date={date} slots={answer.slots} onSaved={slots.reload} />}
    </AsyncView>
  )
}

function ScheduleForm({ scope, date, slots, onSaved }: { scope: DepartmentScope; date: string; slots: Slot[]; onSaved: () => Promise<void> }) {
  const initial = () => slots.filter((s) => s.status !== 'closed').map(draftOf)
  const [segments, setSegments] = useState<SegmentDraft[]>(initial)
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({})
  const [formError, setFormError] = useState('')
  // The same form sent again (after a lost connection) keeps its request id; any edit is a new intent.
  const publish = useMutation(clinicApi.publishSchedule)

  const edit = (index: number, changes: Partial<SegmentDraft>, field: DraftField) => {
    setSegments((prev) =>
      prev.map((s, i) => {
        if (i !== index) return s
        const next = { ...s, ...changes }
        // Switching 普通号/专家号 brings that type's fees along unless they were already changed.
        const defaults = DEFAULT_FEES[s.clinicType]
        if (changes.clinicType && s.registrationYuan === defaults.registrationYuan && s.consultationYuan === defaults.consultationYuan) {
          Object.assign(next, DEFAULT_FEES[changes.clinicType])
        }
        return next
      }),
    )
    const key = `segments.${index}.${SERVER_FIELD[field]}`
    setFieldErrors((prev) => {
      if (!(key in prev)) return prev
      const { [key]: _cleared, ...rest } = prev
      return rest
    })
  }

  const remove = (index: number) => {
    setSegments((prev) => prev.filter((_, i) => i !== index))
    // Errors are keyed by position, which has just moved.
    setFieldErrors({})
  }

  const add = (clinicType: ClinicType) => setSegments((prev) => [...prev, newSegment(clinicType, prev[prev.length - 1])])

  const save = async () => {
    if (publish.pending) return
    const { segments: input, errors } = toInput(segments)
    setFieldErrors(errors)
    if (Object.keys(errors).length) {
      setFormError('请按提示修改后再保存')
      return
    }
    setFormError('')
    const result = await publish.run({ ...scope, date, segments: input })
    if (!result.ok) {
      setFieldErrors(result.error.fields)
      setFormError(result.error.message)
      return
    }
    void Taro.showToast({ title: '排班已保存', icon: 'success' })
    await onSaved()
  }

  return (
    <View className='schedule-editor'>
      <Text className='body-text section-title'>{monthDay(date)} 排班</Text>
      {segments.length === 0 && <EmptyView text='当天还没有排班，请添加时段。' />}
      {segments.map((s, index) => (
        <AdminSegmentRow
          key={s.key}
          index={index}
          draft={s}
          errors={rowErrors(fieldErrors, index)}
          onEdit={(changes, field) => edit(index, changes, field)}
          onRemove={() => remove(index)}
        />
      ))}
      <View className='action-row'>
        <ActionButton id='add-segment-normal' onClick={() => add('normal')}>
          添加普通号时段
        </ActionButton>
        <ActionButton id='add-segment-expert' onClick={() => add('expert')}>
          添加专家号时段
        </ActionButton>
      </View>
      <FormError name='schedule' text={formError} />
      <ActionButton id='save-schedule' kind='primary' block disabled={publish.pending} onClick={() => void save()}>
        {publish.pending ? '正在保存…' : '保存排班'}
      </ActionButton>
      <ActionButton
        id='reset-schedule'
        block
        disabled={publish.pending}
        onClick={() => {
          setSegments(initial())
          setFieldErrors({})
          setFormError('')
        }}
      >
        放弃修改
      </ActionButton>
    </View>
  )
}
