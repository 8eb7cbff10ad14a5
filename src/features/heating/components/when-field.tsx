import { Picker, Text, View } from '@tarojs/components'
import { monthDay } from '@/domain/date-wording'
import './heating.scss'

export interface WhenFieldProps {
  /** What is being timed, for screen readers: '第1次测温', '上门测温'. */
  subject: string
  label: string
  date: string
  time: string
  /** The days that may be picked (YYYY-MM-DD, China time). */
  days: { start: string; end: string }
  onChange: (change: { date?: string; time?: string }) => void
}

/** When something happened, China time: shown in words, changed with WeChat's own date and time pickers (no typing). */
export function WhenField({ subject, label, date, time, days, onChange }: WhenFieldProps) {
  return (
    <View className='when-field'>
      <Text className='body-text'>
        {label}：<Text className='nowrap when-value'>{`${monthDay(date)} ${time}`}</Text>
      </Text>
      <View className='when-pickers'>
        <Picker mode='date' value={date} start={days.start} end={days.end} onChange={(e) => onChange({ date: String(e.detail.value) })}>
          <View role='button' tabIndex={0} aria-label={`${subject}，改日期：${monthDay(date)}`} className='btn tappable when-change'>
            改日期
          </View>
        </Picker>
        <Picker mode='time' value={time} onChange={(e) => onChange({ time: String(e.detail.value) })}>
          <View role='button' tabIndex={0} aria-label={`${subject}，改时间：${time}`} className='btn tappable when-change'>
            改时间
          </View>
        </Picker>
      </View>
    </View>
  )
}
