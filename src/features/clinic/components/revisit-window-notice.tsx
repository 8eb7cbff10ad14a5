import { Text } from '@tarojs/components'
import { dateRange, monthDay } from '@/domain/date-wording'
import { covers, type RevisitWindow } from '../revisit-windows'

/**
 * Says whether a chosen day falls inside a family member's free-revisit window here: inside,
 * the revisit can be declared free; outside, it is charged as a new visit, and we say so
 * before the person books rather than after.
 */
export function RevisitWindowNotice({ windows, date }: { windows: RevisitWindow[]; date: string }) {
  if (windows.length === 0 || !date) return null
  const inside = windows.filter((w) => covers(w, date))
  if (inside.length > 0) {
    return (
      <Text className='body-text notice good revisit-window-notice'>
        {inside.map((w) => `${w.memberName}${monthDay(w.from)}首诊，${monthDay(date)}在免费复诊期（${dateRange(w.from, w.until)}）内`).join('；')}
        ，同一疾病复诊免挂号费、诊察费。
      </Text>
    )
  }
  return (
    <Text className='body-text notice revisit-window-notice outside'>
      {windows.map((w) => `${w.memberName}的免费复诊期为${dateRange(w.from, w.until)}`).join('；')}。所选的{monthDay(date)}不在其中，将按新挂号收费。
    </Text>
  )
}
