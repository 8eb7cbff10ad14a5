import { Text, View } from '@tarojs/components'
import { monthDay } from '@/domain/date-wording'
import { dayName } from '../canteen-words'
import './canteen.scss'

/**
 * Days as a grid that wraps: the whole week on screen at once in both modes, never a strip
 * that hides days behind a sideways swipe.
 */
export function DayGrid({ label, days, selected, onSelect }: { label: string; days: string[]; selected: string; onSelect: (date: string) => void }) {
  const today = days[0] ?? ''
  return (
    <View role='radiogroup' aria-label={label} className='canteen-day-grid'>
      {days.map((date) => {
        const chosen = date === selected
        return (
          <View
            key={date}
            role='radio' tabIndex={0}
            aria-checked={chosen ? 'true' : 'false'}
            className={`canteen-day tappable ${chosen ? 'selected' : ''}`}
            data-date={date}
            onClick={() => onSelect(date)}
          >
            <Text className='body-text canteen-day-name'>{dayName(date, today)}</Text>
            <Text className='body-text canteen-day-date nowrap'>{monthDay(date)}</Text>
          </View>
        )
      })}
    </View>
  )
}
