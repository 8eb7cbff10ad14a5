import { useCallback, useEffect, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, Input, Text, View } from '@tarojs/components'
import { formatYuan } from '@/domain/money'
import { ApiError, errorMessage } from '@/shared/api/api-error'
import { createRequestId } from '@/shared/api/request-id'
import { EmptyState, ErrorState, LoadingState } from '@/shared/ui/async-state'
import type { LoadStatus } from '@/shared/ui/load-status'
import { clinicApi, type ClinicType, type DepartmentScope, type ScheduleSegmentInput, type Session } from '../api'
import { CLINIC_TYPE_LABELS, SESSION_LABELS, monthDay } from '../clinic-labels'
import './clinic.scss'

/** Default fees of a new segment (fen): 普通号 1 + 7 元, 专家号 3 + 12 元, as the hospitals charge. */
const DEFAULT_FEES: Record<ClinicType, { registrationFee: number; consultationFee: number }> = {
  normal: { registrationFee: 100, consultationFee: 700 },
  expert: { registrationFee: 300, consultationFee: 1200 },
}

interface EditableSegment extends ScheduleSegmentInput {
  key: string
  booked: number
}

function newSegment(session: Session, clinicType: ClinicType): EditableSegment {
  const times = session === 'am' ? { start: '08:00', end: '09:00' } : { start: '13:30', end: '15:00' }
  return { key: createRequestId(), session, ...times, capacity: 10, clinicType, booked: 0, ...DEFAULT_FEES[clinicType] }
}

/** One day of one department: edit capacities, add segments, close by removing; saved at once. */
export function AdminScheduleEditor({ scope, date }: { scope: DepartmentScope; date: string }) {
  const [status, setStatus] = useState<LoadStatus>('loading')
  const [error, setError] = useState('')
  const [segments, setSegments] = useState<EditableSegment[]>([])
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({})
  const [formError, setFormError] = useState('')
  const [saving, setSaving] = useState(false)
  const requestId = useRef<string | null>(null)

  const load = useCallback(async () => {
    setStatus('loading')
    try {
      const { slots } = await clinicApi.slots(scope, date)
      setSegments(
        slots
          .filter((s) => s.status !== 'closed')
          .map((s) => ({
            key: s.id,
            id: s.id,
            session: s.session,
            start: s.start,
            end: s.end,
            capacity: s.capacity,
            clinicType: s.clinicType,
            registrationFee: s.registrationFee,
            consultationFee: s.consultationFee,
            ...(s.doctorName ? { doctorName: s.doctorName } : {}),
            booked: s.booked,
          })),
      )
      setFieldErrors({})
      setFormError('')
      setStatus('ready')
    } catch (failure) {
      setError(errorMessage(failure))
      setStatus('error')
    }
  }, [scope.departmentId, date]) // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    void load()
  }, [load])

  const edit = (key: string, changes: Partial<EditableSegment>) => {
    requestId.current = null
    setSegments((prev) => prev.map((s) => (s.key === key ? { ...s, ...changes } : s)))
  }

  const save = async () => {
    if (saving) return
    requestId.current ??= createRequestId()
    setSaving(true)
    setFieldErrors({})
    setFormError('')
    try {
      await clinicApi.publishSchedule(
        { ...scope, date, segments: segments.map(({ key: _key, booked: _booked, ...segment }) => segment) },
        requestId.current,
      )
      requestId.current = null
      void Taro.showToast({ title: '排班已保存', icon: 'success' })
      await load()
    } catch (failure) {
      if (!(failure instanceof ApiError && failure.code === 'NETWORK')) requestId.current = null
      if (failure instanceof ApiError) setFieldErrors(failure.fields)
      setFormError(errorMessage(failure))
    } finally {
      setSaving(false)
    }
  }

  if (status === 'loading') return <LoadingState text='正在加载排班…' />
  if (status === 'error') return <ErrorState message={error} onRetry={() => void load()} />

  return (
    <View className='schedule-editor'>
      <Text className='body-text section-title'>{monthDay(date)} 排班</Text>
      {segments.length === 0 && <EmptyState text='当天还没有排班，请添加时段。' />}
      {segments.map((s, index) => (
        <View key={s.key} className='card segment-editor-row' data-segment-id={s.id ?? ''}>
          <Text className='body-text choice-name'>
            {SESSION_LABELS[s.session]} {s.start}-{s.end} · {CLINIC_TYPE_LABELS[s.clinicType]}
          </Text>
          <Text className='body-text muted'>
            费用 {formatYuan(s.registrationFee + s.consultationFee)} · 已约 {s.booked}
          </Text>
          {!s.id && (
            <View className='inline-field'>
              <Text className='body-text'>时间</Text>
              <Input className='body-text field-input segment-start' value={s.start} maxlength={5} onInput={(e) => edit(s.key, { start: e.detail.value })} />
              <Input className='body-text field-input segment-end' value={s.end} maxlength={5} onInput={(e) => edit(s.key, { end: e.detail.value })} />
            </View>
          )}
          <View className='inline-field'>
            <Text className='body-text'>号源数</Text>
            <Input
              className='body-text field-input segment-capacity'
              type='number'
              value={String(s.capacity)}
              onInput={(e) => edit(s.key, { capacity: Number(e.detail.value) || 0 })}
            />
          </View>
          {fieldErrors[`segments.${index}.capacity`] && (
            <Text className='field-error segment-error'>{fieldErrors[`segments.${index}.capacity`]}</Text>
          )}
          {Object.entries(fieldErrors)
            .filter(([field]) => field.startsWith(`segments.${index}.`) && field !== `segments.${index}.capacity`)
            .map(([field, message]) => (
              <Text key={field} className='field-error segment-error'>
                {message}
              </Text>
            ))}
          <View className='action-row'>
            <Button
              className='btn btn-danger tappable segment-remove'
              onClick={() => {
                requestId.current = null
                setSegments((prev) => prev.filter((x) => x.key !== s.key))
              }}
            >
              停诊此时段
            </Button>
          </View>
        </View>
      ))}
      <View className='action-row'>
        <Button id='add-segment-normal' className='btn tappable' onClick={() => setSegments((prev) => [...prev, newSegment('am', 'normal')])}>
          添加普通号时段
        </Button>
        <Button id='add-segment-expert' className='btn tappable' onClick={() => setSegments((prev) => [...prev, newSegment('am', 'expert')])}>
          添加专家号时段
        </Button>
      </View>
      {formError && <Text className='field-error schedule-error'>{formError}</Text>}
      <Button id='save-schedule' className={`btn btn-primary tappable full-width ${saving ? 'is-disabled' : ''}`} disabled={saving || undefined} onClick={() => void save()}>
        保存排班
      </Button>
    </View>
  )
}
