import { Input, Picker, Text, View } from '@tarojs/components'
import { ActionButton } from '@/shared/ui/action-button'
import type { ClinicType, Session } from '@/domain/clinic/contract'
import { CLINIC_TYPE_LABELS, SESSION_LABELS } from '../clinic-labels'

/** One segment as the form holds it: numbers stay text until saved, so "8." can be typed. */
export interface SegmentDraft {
  key: string
  id?: string
  booked: number
  session: Session
  start: string
  end: string
  capacity: string
  clinicType: ClinicType
  registrationYuan: string
  consultationYuan: string
  doctorName: string
}

export type DraftField = Exclude<keyof SegmentDraft, 'key' | 'id' | 'booked'>

/** The server's field names for the form's fields (errors come back keyed by these). */
export const SERVER_FIELD: Record<DraftField, string> = {
  session: 'session',
  start: 'start',
  end: 'end',
  capacity: 'capacity',
  clinicType: 'clinicType',
  registrationYuan: 'registrationFee',
  consultationYuan: 'consultationFee',
  doctorName: 'doctorName',
}

const SESSIONS: Session[] = ['am', 'pm']
const CLINIC_TYPES: ClinicType[] = ['normal', 'expert']

interface SegmentRowProps {
  index: number
  draft: SegmentDraft
  /** Errors of this row keyed by server field name ('capacity', 'end', …). */
  errors: Record<string, string>
  onEdit: (changes: Partial<SegmentDraft>, field: DraftField) => void
  onRemove: () => void
}

function FieldError({ message }: { message?: string }) {
  return message ? <Text className='field-error segment-error'>{message}</Text> : null
}

/** Every field of one 分时段: session, time, capacity, clinic type, the two fees and the doctor. */
export function AdminSegmentRow({ index, draft: s, errors, onEdit, onRemove }: SegmentRowProps) {
  const known = new Set(Object.values(SERVER_FIELD))
  const otherErrors = Object.entries(errors).filter(([field]) => !known.has(field))
  const errorOf = (field: DraftField) => errors[SERVER_FIELD[field]]

  return (
    <View role='group' aria-label={`第${index + 1}个时段`} className='card segment-editor-row segment-row' data-index={index} data-segment-id={s.id ?? ''}>
      <View className='card-heading'>
        <Text className='body-text choice-name'>第{index + 1}个时段</Text>
        <Text className='body-text muted segment-booked'>{s.id ? `已约 ${s.booked}` : '新增'}</Text>
      </View>

      <View className='inline-field' role='radiogroup' aria-label={`第${index + 1}个时段的上下午`}>
        <Text className='body-text'>时段</Text>
        {SESSIONS.map((session) => (
          <View
            key={session}
            role='radio' tabIndex={0}
            aria-checked={s.session === session ? 'true' : 'false'}
            className={`option-chip tappable body-text segment-session-${session} ${s.session === session ? 'selected' : ''}`}
            onClick={() => onEdit({ session }, 'session')}
          >
            {SESSION_LABELS[session]}
          </View>
        ))}
      </View>
      <FieldError message={errorOf('session')} />

      <View className='inline-field'>
        <Text className='body-text'>时间</Text>
        <Picker className='time-picker segment-start' mode='time' value={s.start} onChange={(e) => onEdit({ start: String(e.detail.value) }, 'start')}>
          <View role='button' tabIndex={0} aria-label={`开始时间 ${s.start}`} className='body-text field-input tappable'>{s.start}</View>
        </Picker>
        <Text className='body-text'>至</Text>
        <Picker className='time-picker segment-end' mode='time' value={s.end} onChange={(e) => onEdit({ end: String(e.detail.value) }, 'end')}>
          <View role='button' tabIndex={0} aria-label={`结束时间 ${s.end}`} className='body-text field-input tappable'>{s.end}</View>
        </Picker>
      </View>
      <FieldError message={errorOf('start')} />
      <FieldError message={errorOf('end')} />

      <View className='inline-field'>
        <Text className='body-text'>号源数</Text>
        <Input className='body-text field-input segment-capacity'
          nativeProps={{ 'aria-label': `第${index + 1}个时段的号源数` }} type='number' maxlength={3} value={s.capacity} onInput={(e) => onEdit({ capacity: e.detail.value }, 'capacity')} />
      </View>
      <FieldError message={errorOf('capacity')} />

      <View className='inline-field' role='radiogroup' aria-label={`第${index + 1}个时段的号别`}>
        <Text className='body-text'>号别</Text>
        {CLINIC_TYPES.map((clinicType) => (
          <View
            key={clinicType}
            role='radio' tabIndex={0}
            aria-checked={s.clinicType === clinicType ? 'true' : 'false'}
            className={`option-chip tappable body-text segment-type-${clinicType} ${s.clinicType === clinicType ? 'selected' : ''}`}
            onClick={() => onEdit({ clinicType }, 'clinicType')}
          >
            {CLINIC_TYPE_LABELS[clinicType]}
          </View>
        ))}
      </View>
      <FieldError message={errorOf('clinicType')} />

      <View className='inline-field'>
        <Text className='body-text'>挂号费（元）</Text>
        <Input
          className='body-text field-input segment-registration-fee'
          nativeProps={{ 'aria-label': `第${index + 1}个时段的挂号费（元）` }}
          type='digit'
          maxlength={8}
          value={s.registrationYuan}
          onInput={(e) => onEdit({ registrationYuan: e.detail.value }, 'registrationYuan')}
        />
      </View>
      <FieldError message={errorOf('registrationYuan')} />

      <View className='inline-field'>
        <Text className='body-text'>诊察费（元）</Text>
        <Input
          className='body-text field-input segment-consultation-fee'
          nativeProps={{ 'aria-label': `第${index + 1}个时段的诊察费（元）` }}
          type='digit'
          maxlength={8}
          value={s.consultationYuan}
          onInput={(e) => onEdit({ consultationYuan: e.detail.value }, 'consultationYuan')}
        />
      </View>
      <FieldError message={errorOf('consultationYuan')} />

      <View className='inline-field'>
        <Text className='body-text'>医生</Text>
        <Input
          className='body-text field-input segment-doctor'
          nativeProps={{ 'aria-label': `第${index + 1}个时段的医生` }}
          maxlength={30}
          placeholder='可不填'
          value={s.doctorName}
          onInput={(e) => onEdit({ doctorName: e.detail.value }, 'doctorName')}
        />
      </View>
      <FieldError message={errorOf('doctorName')} />

      {otherErrors.map(([field, message]) => (
        <FieldError key={field} message={message} />
      ))}

      <View className='action-row'>
        <ActionButton kind='danger' className='segment-remove' onClick={onRemove}>
          {s.id ? '停诊此时段' : '删除此时段'}
        </ActionButton>
      </View>
    </View>
  )
}
