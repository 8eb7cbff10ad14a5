import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import 'dayjs/locale/zh-cn'

dayjs.extend(utc)

/** China keeps UTC+8 all year, so a fixed offset is exact and needs no time-zone data. */
const SHANGHAI_OFFSET_MINUTES = 8 * 60

/** "11月29日 14:05" in Asia/Shanghai; the year is added when it is not the current one. */
export function formatMessageTime(createdAt: string, now: Date): string {
  const time = dayjs.utc(createdAt).utcOffset(SHANGHAI_OFFSET_MINUTES).locale('zh-cn')
  const thisYear = dayjs.utc(now).utcOffset(SHANGHAI_OFFSET_MINUTES).year()
  return time.format(time.year() === thisYear ? 'M月D日 HH:mm' : 'YYYY年M月D日 HH:mm')
}
