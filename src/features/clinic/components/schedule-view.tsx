import { useCallback, useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { formatYuan } from '@/domain/money'
import { errorMessage } from '@/shared/api/api-error'
import { EmptyState, ErrorState, LoadingState } from '@/shared/ui/async-state'
import type { LoadStatus } from '@/shared/ui/load-status'
import { clinicApi, type BookableDay, type DepartmentScope, type Session, type Slot } from '../api'
import { CLINIC_TYPE_LABELS, SESSION_LABELS, UNBOOKABLE_REASONS, monthDay, weekday } from '../clinic-labels'
import { CLINIC_PAGES, withQuery } from '../routes'
import { namesOf, useClinicStore } from '../store'
import './clinic.scss'

function dayLabel(day: BookableDay): string {
  if (!day.published) return '无号'
  return day.remaining > 0 ? `余${day.remaining}` : '约满'
}

function DayStrip({ days, selected, onSelect }: { days: BookableDay[]; selected: string; onSelect: (date: string) => void }) {
  return (
    <View className='day-strip'>
      {days.map((day, index) => (
        <View
          key={day.date}
          className={`day-chip tappable ${day.date === selected ? 'selected' : ''} ${day.remaining === 0 ? 'sold-out' : ''}`}
          data-date={day.date}
          onClick={() => onSelect(day.date)}
        >
          <Text className='body-text'>{index === 0 ? '今天' : weekday(day.date)}</Text>
          <Text className='body-text'>{monthDay(day.date)}</Text>
          <Text className='body-text muted day-remaining'>{dayLabel(day)}</Text>
        </View>
      ))}
    </View>
  )
}

function SlotCard({ slot, onChoose }: { slot: Slot; onChoose: (slot: Slot) => void }) {
  const open = slot.bookability === 'open'
  return (
    <View
      className={`slot-card tappable ${open ? '' : 'disabled'}`}
      data-slot-id={slot.id}
      aria-disabled={open ? undefined : 'true'}
      onClick={() => open && onChoose(slot)}
    >
      <View className='slot-main'>
        <Text className='key-figure slot-time'>
          {slot.start}-{slot.end}
        </Text>
        <Text className={`body-text slot-type ${slot.clinicType}`}>
          {CLINIC_TYPE_LABELS[slot.clinicType]}
          {slot.doctorName ? ` · ${slot.doctorName}` : ''}
        </Text>
      </View>
      <View className='slot-side'>
        <Text className='body-text slot-fee'>{formatYuan(slot.fee)}</Text>
        {open ? (
          <Text className='body-text slot-remaining'>余{slot.remaining}号</Text>
        ) : (
          <Text className='body-text slot-reason'>{UNBOOKABLE_REASONS[slot.bookability]}</Text>
        )}
      </View>
    </View>
  )
}

/** A department's bookable days as a strip, then the chosen day's segments by 上午 / 下午. */
export function ScheduleView({ scope }: { scope: DepartmentScope }) {
  const { hospitals, hospitalsStatus, loadHospitals, chooseSlot } = useClinicStore()
  const [daysStatus, setDaysStatus] = useState<LoadStatus>('loading')
  const [daysError, setDaysError] = useState('')
  const [days, setDays] = useState<BookableDay[]>([])
  const [releaseTime, setReleaseTime] = useState('')
  const [date, setDate] = useState('')
  const [slotsStatus, setSlotsStatus] = useState<LoadStatus>('idle')
  const [slotsError, setSlotsError] = useState('')
  const [slots, setSlots] = useState<Slot[]>([])

  useEffect(() => {
    if (hospitalsStatus === 'idle') void loadHospitals()
  }, [hospitalsStatus, loadHospitals])

  const loadDays = useCallback(async () => {
    setDaysStatus('loading')
    try {
      const result = await clinicApi.days(scope)
      setDays(result.days)
      setReleaseTime(result.releaseTime)
      const firstOpen = result.days.find((d) => d.remaining > 0) ?? result.days[0]
      setDate((current) => current || firstOpen?.date || '')
      setDaysStatus('ready')
    } catch (error) {
      setDaysError(errorMessage(error))
      setDaysStatus('error')
    }
  }, [scope.hospitalId, scope.campusId, scope.departmentId]) // eslint-disable-line react-hooks/exhaustive-deps

  const loadSlots = useCallback(async () => {
    if (!date) return
    setSlotsStatus('loading')
    try {
      const result = await clinicApi.slots(scope, date)
      setSlots(result.slots)
      setSlotsStatus('ready')
    } catch (error) {
      setSlotsError(errorMessage(error))
      setSlotsStatus('error')
    }
  }, [date, scope.hospitalId, scope.campusId, scope.departmentId]) // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    void loadDays()
  }, [loadDays])

  useEffect(() => {
    void loadSlots()
  }, [loadSlots])

  const { hospital, campus, department } = namesOf(hospitals, scope)

  const choose = (slot: Slot) => {
    chooseSlot(slot)
    void Taro.navigateTo({ url: withQuery(CLINIC_PAGES.confirm, { ...scope, date: slot.date, slotId: slot.id }) })
  }

  const sessions: Session[] = ['am', 'pm']

  return (
    <View className='schedule-view'>
      <View className='card schedule-heading'>
        <Text className='key-figure'>{department?.name ?? '科室排班'}</Text>
        {hospital && campus && (
          <Text className='body-text muted summary-line'>
            {hospital.name} {campus.name}
          </Text>
        )}
        {releaseTime && <Text className='body-text muted summary-line'>每日{releaseTime}放号</Text>}
      </View>

      {daysStatus === 'loading' && <LoadingState text='正在加载可预约日期…' />}
      {daysStatus === 'error' && <ErrorState message={daysError} onRetry={() => void loadDays()} />}
      {daysStatus === 'ready' && days.length === 0 && <EmptyState text='近期没有可预约的日期。' />}
      {daysStatus === 'ready' && days.length > 0 && (
        <View>
          <DayStrip days={days} selected={date} onSelect={setDate} />
          {slotsStatus === 'loading' && <LoadingState text='正在加载号源…' />}
          {slotsStatus === 'error' && <ErrorState message={slotsError} onRetry={() => void loadSlots()} />}
          {slotsStatus === 'ready' && slots.length === 0 && <EmptyState text={`${monthDay(date)}该科室没有排班，请选择其他日期。`} />}
          {slotsStatus === 'ready' &&
            sessions.map((session) => {
              const ofSession = slots.filter((s) => s.session === session)
              if (ofSession.length === 0) return null
              return (
                <View key={session} className={`session-group session-${session}`}>
                  <Text className='body-text section-title'>{SESSION_LABELS[session]}</Text>
                  {ofSession.map((slot) => (
                    <SlotCard key={slot.id} slot={slot} onChoose={choose} />
                  ))}
                </View>
              )
            })}
        </View>
      )}
    </View>
  )
}
