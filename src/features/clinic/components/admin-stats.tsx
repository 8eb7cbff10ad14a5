import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { ClinicPolicy } from '@/domain/clinic/clinic-policy'
import { addDays, businessDate } from '@/domain/business-date'
import { formatYuanShort } from '@/domain/money'
import { useQuery } from '@/shared/api/use-query'
import { AsyncView } from '@/shared/ui/async-view'
import { DateRangeField } from '@/shared/ui/date-range-field'
import { clinicApi } from '../api'
import './clinic.scss'

/** The last day of the month after `date`: a range that reaches past any booking window. */
function endOfNextMonth(date: string): string {
  const [year, month] = date.split('-').map(Number)
  // Day 0 of the month after next (0-based month + 1) is the last day of next month.
  return new Date(Date.UTC(year, month + 1, 0)).toISOString().slice(0, 10)
}

/**
 * From the first of this month to the last day anyone can book now, so the figures include
 * registrations already made for the coming days (not only those up to today).
 */
export function defaultStatsRange(today: string, policy: Pick<ClinicPolicy, 'bookingDaysAhead'> | undefined): { from: string; to: string } {
  return { from: `${today.slice(0, 8)}01`, to: policy ? addDays(today, policy.bookingDaysAhead) : endOfNextMonth(today) }
}

/** 统计: registrations, waived visits (人次) and waived amount (元) for a period, per department. */
export function AdminStats({ hospitalId, policy }: { hospitalId: string; policy?: ClinicPolicy }) {
  const [range, setRange] = useState(() => defaultStatsRange(businessDate(new Date()), policy))
  const stats = useQuery(['clinic.stats', hospitalId, range], () => clinicApi.stats({ hospitalId, ...range }))

  return (
    <View className='admin-stats'>
      <DateRangeField value={range} onChange={setRange} hint='含两端日期，包括已预约、尚未就诊的挂号。' />
      <AsyncView query={stats} loadingText='正在统计…'>
        {(figures) => (
          <View>
            <View className='card figure-row'>
              <View className='figure'>
                <Text className='body-text muted'>挂号人次</Text>
                <Text id='stat-registrations' className='key-figure nowrap'>
                  {figures.registrations}
                </Text>
              </View>
              <View className='figure'>
                <Text className='body-text muted'>减免人次</Text>
                <Text id='stat-waived-visits' className='key-figure nowrap'>
                  {figures.waivedVisits}
                </Text>
              </View>
              <View className='figure'>
                <Text className='body-text muted'>减免金额</Text>
                <Text id='stat-waived-amount' className='key-figure nowrap'>
                  {formatYuanShort(figures.waivedAmount)}
                </Text>
              </View>
            </View>
            <Text className='body-text section-title'>按科室</Text>
            {figures.byDepartment.length === 0 ? (
              <Text className='body-text muted notice'>这段时间没有挂号。</Text>
            ) : (
              <View className='card stats-table' role='table' aria-label='按科室统计'>
                <View className='table-row' role='row'>
                  <Text role='columnheader' className='body-text cell wide'>科室</Text>
                  <Text role='columnheader' className='body-text cell'>挂号</Text>
                  <Text role='columnheader' className='body-text cell'>减免</Text>
                  <Text role='columnheader' className='body-text cell'>金额</Text>
                </View>
                {figures.byDepartment.map((d) => (
                  <View key={d.departmentId} role='row' className='table-row department-figures' data-department-id={d.departmentId}>
                    <Text role='cell' className='body-text cell wide'>
                      {d.campusName}
                      {d.departmentName}
                    </Text>
                    <Text role='cell' className='body-text cell'>{d.registrations}</Text>
                    <Text role='cell' className='body-text cell'>{d.waivedVisits}</Text>
                    <Text role='cell' className='body-text cell nowrap'>{formatYuanShort(d.waivedAmount)}</Text>
                  </View>
                ))}
              </View>
            )}
          </View>
        )}
      </AsyncView>
    </View>
  )
}
