import { Picker, View } from '@tarojs/components'
import { fullDate } from '@/domain/date-wording'

/** A date chosen with the platform's date picker, shown as "2026年12月3日". */
export function DateChoice({ id, label, value, start, end, onChange }: { id: string; label: string; value: string; start?: string; end?: string; onChange: (date: string) => void }) {
  return (
    <Picker id={id} mode='date' value={value} {...(start ? { start } : {})} {...(end ? { end } : {})} onChange={(e) => onChange(String(e.detail.value))}>
      <View role='button' tabIndex={0} aria-label={`${label}：${fullDate(value)}，点按更换`} className='body-text field-input tappable nowrap'>
        {fullDate(value)}
      </View>
    </Picker>
  )
}

/** A time of day (HH:mm) chosen with the platform's time picker. */
export function TimeChoice({ id, label, value, onChange }: { id: string; label: string; value: string; onChange: (time: string) => void }) {
  return (
    <Picker id={id} mode='time' value={value} onChange={(e) => onChange(String(e.detail.value))}>
      <View role='button' tabIndex={0} aria-label={`${label}：${value}，点按更换`} className='body-text field-input tappable nowrap'>
        {value}
      </View>
    </Picker>
  )
}
