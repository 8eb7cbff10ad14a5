import { Input, Text, View } from '@tarojs/components'
import { COMPLAINT_LIMITS } from '@/domain/heating/complaint-rules'
import { ActionButton } from '@/shared/ui/action-button'
import { chinaClock, READING_RANGE_HINT, readingDays } from '../heating-labels'
import { WhenField } from './when-field'
import './heating.scss'

/** One reading as typed: the temperature as text, the day and time it was taken (China time). */
export interface ReadingDraft {
  key: number
  text: string
  date: string
  time: string
}

export function newReading(key: number, now: Date): ReadingDraft {
  return { key, text: '', ...chinaClock(now) }
}

/** H5 number inputs drop a half-typed "16."; there a text field with the decimal keypad keeps it. */
const decimalType = process.env.TARO_ENV === 'weapp' ? 'digit' : 'text'

export interface ReadingsFieldProps {
  readings: ReadingDraft[]
  onChange: (readings: ReadingDraft[]) => void
  /** Errors by reading index (client checks and the function's `readings.N.*` fields). */
  errors: Record<number, string | undefined>
  /** Error of the readings as a whole (none given for a heat problem). */
  error?: string
  /** How to measure, from the server's answer. */
  guide: string[]
  now: () => Date
}

/**
 * The resident's own readings beside "how to measure": a temperature in tenths and when it
 * was taken (now unless changed, within the last three days), one or more.
 */
export function ReadingsField({ readings, onChange, errors, error, guide, now }: ReadingsFieldProps) {
  const days = readingDays(now())
  const edit = (key: number, change: Partial<ReadingDraft>) => onChange(readings.map((r) => (r.key === key ? { ...r, ...change } : r)))
  const add = () => onChange([...readings, newReading(Math.max(0, ...readings.map((r) => r.key)) + 1, now())])
  const remove = (key: number) => onChange(readings.filter((r) => r.key !== key))

  return (
    <View className='card readings-field'>
      <Text className='body-text field-label'>自测室温</Text>
      <View className='measuring-guide' role='note' aria-label='怎样测室温'>
        <Text className='body-text measuring-guide-title'>怎样测室温</Text>
        {guide.map((line, index) => (
          <Text key={line} className='body-text measuring-guide-line'>
            {index + 1}. {line}
          </Text>
        ))}
      </View>
      {readings.map((reading, index) => {
        const ordinal = `第${index + 1}次测温`
        const rowError = errors[index]
        return (
          <View key={reading.key} className='reading-row' data-reading-index={String(index)}>
            <Text className='body-text reading-title'>{readings.length > 1 ? ordinal : '室温'}</Text>
            <View className='reading-input-row'>
              <Input
                id={`reading-${index}`}
                className='key-figure field-input tappable reading-input'
                type={decimalType}
                nativeProps={{ 'aria-label': `${ordinal}，室温（摄氏度）`, inputmode: 'decimal', ...(rowError ? { 'aria-invalid': 'true' } : {}) }}
                value={reading.text}
                maxlength={4}
                placeholder='如 16.5'
                onInput={(e) => edit(reading.key, { text: e.detail.value })}
              />
              <Text className='key-figure reading-unit'>℃</Text>
            </View>
            <Text className='muted field-hint'>{READING_RANGE_HINT}</Text>
            <WhenField subject={ordinal} label='测量时间' date={reading.date} time={reading.time} days={days} onChange={(change) => edit(reading.key, change)} />
            {rowError && (
              <Text role='alert' className={`field-error field-error-reading-${index}`}>
                {rowError}
              </Text>
            )}
            {readings.length > 1 && (
              <ActionButton kind='danger' className='reading-remove' label={`删除这次测温（${ordinal}）`} onClick={() => remove(reading.key)}>
                删除这次测温
              </ActionButton>
            )}
          </View>
        )
      })}
      {error && (
        <Text role='alert' className='field-error field-error-readings'>
          {error}
        </Text>
      )}
      {readings.length < COMPLAINT_LIMITS.readings ? (
        <ActionButton id='reading-add' block onClick={add}>
          再记一次测温
        </ActionButton>
      ) : (
        <Text className='body-text muted'>最多记{COMPLAINT_LIMITS.readings}次测温。</Text>
      )}
    </View>
  )
}
