import { Picker, Text, View } from '@tarojs/components'
import { fullDate } from '@/domain/date-wording'
import './kit.scss'

export interface DateRange {
  from: string
  to: string
}

function DateChoice({ id, label, value, onChange }: { id: string; label: string; value: string; onChange: (date: string) => void }) {
  return (
    <Picker id={id} mode='date' value={value} onChange={(e) => onChange(String(e.detail.value))}>
      <View role='button' tabIndex={0} aria-label={`${label}：${fullDate(value)}`} className='body-text field-input tappable nowrap'>
        {fullDate(value)}
      </View>
    </Picker>
  )
}

/**
 * The period of a figures screen: 从 … 至 …（含）, each a date picker that shows the date in
 * words ('2026年11月1日', never '2026-11-01'), with what the figures count beneath.
 */
export function DateRangeField({ value, onChange, hint }: { value: DateRange; onChange: (range: DateRange) => void; hint: string }) {
  return (
    <View className='card date-range'>
      <View className='date-range-row'>
        <Text className='body-text'>从</Text>
        <DateChoice id='stats-from' label='开始日期' value={value.from} onChange={(from) => onChange({ ...value, from })} />
      </View>
      <View className='date-range-row'>
        <Text className='body-text'>至</Text>
        <DateChoice id='stats-to' label='结束日期（含）' value={value.to} onChange={(to) => onChange({ ...value, to })} />
      </View>
      <Text className='body-text muted field-hint'>{hint}</Text>
    </View>
  )
}
