import { useCallback, useEffect, useState } from 'react'
import { Picker, Text, View } from '@tarojs/components'
import { businessDate } from '@/domain/business-date'
import { formatYuanShort } from '@/domain/money'
import { errorMessage } from '@/shared/api/api-error'
import { EmptyState, ErrorState, LoadingState } from '@/shared/ui/async-state'
import type { LoadStatus } from '@/shared/ui/load-status'
import { clinicApi, type HospitalStats } from '../api'
import './clinic.scss'

/** 统计: registrations, waived visits (人次) and waived amount (元) for a period, per department. */
export function AdminStats({ hospitalId }: { hospitalId: string }) {
  const today = businessDate(new Date())
  const [from, setFrom] = useState(`${today.slice(0, 8)}01`)
  const [to, setTo] = useState(today)
  const [status, setStatus] = useState<LoadStatus>('loading')
  const [error, setError] = useState('')
  const [stats, setStats] = useState<HospitalStats | null>(null)

  const load = useCallback(async () => {
    setStatus('loading')
    try {
      setStats(await clinicApi.stats({ hospitalId, from, to }))
      setStatus('ready')
    } catch (failure) {
      setError(errorMessage(failure))
      setStatus('error')
    }
  }, [hospitalId, from, to])

  useEffect(() => {
    void load()
  }, [load])

  return (
    <View className='admin-stats'>
      <View className='card'>
        <View className='inline-field'>
          <Text className='body-text'>从</Text>
          <Picker id='stats-from' mode='date' value={from} onChange={(e) => setFrom(String(e.detail.value))}>
            <View className='body-text field-input tappable'>{from}</View>
          </Picker>
          <Text className='body-text'>至</Text>
          <Picker id='stats-to' mode='date' value={to} onChange={(e) => setTo(String(e.detail.value))}>
            <View className='body-text field-input tappable'>{to}</View>
          </Picker>
        </View>
      </View>
      {status === 'loading' && <LoadingState text='正在统计…' />}
      {status === 'error' && <ErrorState message={error} onRetry={() => void load()} />}
      {status === 'ready' && stats && (
        <View>
          <View className='card figure-row'>
            <View className='figure'>
              <Text className='body-text muted'>挂号人次</Text>
              <Text id='stat-registrations' className='key-figure'>{stats.registrations}</Text>
            </View>
            <View className='figure'>
              <Text className='body-text muted'>减免人次</Text>
              <Text id='stat-waived-visits' className='key-figure'>{stats.waivedVisits}</Text>
            </View>
            <View className='figure'>
              <Text className='body-text muted'>减免金额</Text>
              <Text id='stat-waived-amount' className='key-figure'>{formatYuanShort(stats.waivedAmount)}</Text>
            </View>
          </View>
          <Text className='body-text section-title'>按科室</Text>
          {stats.byDepartment.length === 0 && <EmptyState text='这段时间没有挂号。' />}
          {stats.byDepartment.length > 0 && (
            <View className='card stats-table'>
              <View className='table-row'>
                <Text className='body-text cell wide'>科室</Text>
                <Text className='body-text cell'>挂号</Text>
                <Text className='body-text cell'>减免</Text>
                <Text className='body-text cell'>金额</Text>
              </View>
              {stats.byDepartment.map((d) => (
                <View key={d.departmentId} className='table-row department-figures' data-department-id={d.departmentId}>
                  <Text className='body-text cell wide'>
                    {d.campusName}
                    {d.departmentName}
                  </Text>
                  <Text className='body-text cell'>{d.registrations}</Text>
                  <Text className='body-text cell'>{d.waivedVisits}</Text>
                  <Text className='body-text cell'>{formatYuanShort(d.waivedAmount)}</Text>
                </View>
              ))}
            </View>
          )}
        </View>
      )}
    </View>
  )
}
