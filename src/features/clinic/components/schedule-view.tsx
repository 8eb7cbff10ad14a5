import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { BookableDay, BookableSlot, DepartmentScope, Session } from '@/domain/clinic/contract'
import { clinicSentences } from '@/domain/clinic/policy-sentences'
import { monthDay, timeRange, weekday } from '@/domain/date-wording'
import { formatYuan } from '@/domain/money'
import { useQuery } from '@/shared/api/use-query'
import { withQuery } from '@/shared/routes'
import { useSessionStore } from '@/shared/session/session-store'
import { AsyncView } from '@/shared/ui/async-view'
import { clinicApi } from '../api'
import { CLINIC_TYPE_LABELS, SESSION_LABELS, UNBOOKABLE_REASONS } from '../clinic-labels'
import { revisitWindows, covers, type RevisitWindow } from '../revisit-windows'
import { CLINIC_PAGES } from '../routes'
import { namesOf, useHospitals } from '../store'
import { RevisitWindowNotice } from './revisit-window-notice'
import './clinic.scss'

function placesText(day: BookableDay): string {
  if (!day.published) return '无号'
  return day.remaining > 0 ? `余${day.remaining}` : '约满'
}

/**
 * The whole bookable week at once, as a grid that wraps (no sideways scrolling, in either
 * mode). A day inside a family member's free-revisit window says 可免费复诊.
 */
function DayGrid({ days, selected, windows, onSelect }: { days: BookableDay[]; selected: string; windows: RevisitWindow[]; onSelect: (date: string) => void }) {
  return (
    <View role='radiogroup' aria-label='就诊日期' className='day-grid'>
      {days.map((day, index) => {
        const free = windows.some((w) => covers(w, day.date))
        const chosen = day.date === selected
        return (
          <View
            key={day.date}
            role='radio' tabIndex={0}
            aria-checked={chosen ? 'true' : 'false'}
            className={`day-chip tappable ${chosen ? 'selected' : ''} ${day.remaining === 0 ? 'sold-out' : ''} ${free ? 'free-revisit' : ''}`}
            data-date={day.date}
            onClick={() => onSelect(day.date)}
          >
            <Text className='body-text day-weekday'>{index === 0 ? '今天' : weekday(day.date)}</Text>
            <Text className='body-text day-date nowrap'>{monthDay(day.date)}</Text>
            <Text className='body-text day-remaining'>{placesText(day)}</Text>
            {free && <Text className='body-text day-free'>可免费复诊</Text>}
          </View>
        )
      })}
    </View>
  )
}

function SlotCard({ slot, onChoose }: { slot: BookableSlot; onChoose: (slot: BookableSlot) => void }) {
  const open = slot.bookability === 'open'
  return (
    <View
      role='button' tabIndex={0}
      className={`slot-card tappable ${open ? '' : 'disabled'}`}
      data-slot-id={slot.id}
      aria-disabled={open ? undefined : 'true'}
      onClick={() => open && onChoose(slot)}
    >
      <View className='slot-main'>
        <Text className='key-figure slot-time nowrap'>{timeRange(slot.start, slot.end)}</Text>
        <Text className={`body-text slot-type ${slot.clinicType}`}>
          {CLINIC_TYPE_LABELS[slot.clinicType]}
          {slot.doctorName ? ` · ${slot.doctorName}` : ''}
        </Text>
      </View>
      <View className='slot-side'>
        <Text className='key-figure slot-fee nowrap'>{formatYuan(slot.fee)}</Text>
        {open ? (
          <Text className='body-text slot-remaining'>余{slot.remaining}号</Text>
        ) : (
          <Text className='body-text slot-reason'>{UNBOOKABLE_REASONS[slot.bookability]}</Text>
        )}
      </View>
    </View>
  )
}

const SESSIONS: Session[] = ['am', 'pm']

/** A department's bookable days, then the chosen day's segments by 上午 / 下午. */
export function ScheduleView({ scope }: { scope: DepartmentScope }) {
  const hospitals = useHospitals()
  const userId = useSessionStore((state) => state.user?.id)
  const days = useQuery(['clinic.days', scope], () => clinicApi.days(scope))
  const mine = useQuery(['clinic.mine', userId], () => clinicApi.mine(), { enabled: Boolean(userId) })
  const [picked, setPicked] = useState('')
  const firstOpen = days.data?.days.find((d) => d.remaining > 0) ?? days.data?.days[0]
  const date = picked || firstOpen?.date || ''
  const slots = useQuery(['clinic.slots', scope, date], () => clinicApi.slots(scope, date), { enabled: Boolean(date) })

  const { hospital, campus, department } = namesOf(hospitals.data?.hospitals ?? [], scope)
  const policy = hospitals.data?.policy
  const windows = mine.data ? revisitWindows([...mine.data.upcoming, ...mine.data.past], scope) : []

  const choose = (slot: BookableSlot) =>
    void Taro.navigateTo({ url: withQuery(CLINIC_PAGES.confirm, { ...scope, date: slot.date, slotId: slot.id }) })

  return (
    <View className='schedule-view'>
      <View className='card schedule-heading'>
        <Text className='key-figure'>{department?.name ?? '科室排班'}</Text>
        {hospital && campus && (
          <Text className='body-text muted summary-line'>
            {hospital.name} {campus.name}
          </Text>
        )}
        {department?.location && <Text className='body-text muted summary-line department-location'>就诊地点：{department.location}</Text>}
        {policy ? (
          <Text className='body-text muted summary-line'>{clinicSentences.release(policy)}</Text>
        ) : (
          days.data?.releaseTime && <Text className='body-text muted summary-line'>每日{days.data.releaseTime}放号</Text>
        )}
      </View>

      <AsyncView query={days} loadingText='正在加载可预约日期…' isEmpty={(data) => data.days.length === 0} emptyText='近期没有可预约的日期。'>
        {(data) => (
          <View>
            <Text className='body-text section-title'>选择日期</Text>
            <DayGrid days={data.days} selected={date} windows={windows} onSelect={setPicked} />
            <RevisitWindowNotice windows={windows} date={date} />
            <AsyncView
              query={slots}
              loadingText='正在加载号源…'
              isEmpty={(answer) => answer.slots.length === 0}
              emptyText={`${monthDay(date)}该科室没有排班，请选择其他日期。`}
            >
              {(answer) => (
                <View>
                  {SESSIONS.map((session) => {
                    const ofSession = answer.slots.filter((s) => s.session === session)
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
            </AsyncView>
          </View>
        )}
      </AsyncView>
    </View>
  )
}
