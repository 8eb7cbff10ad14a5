import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Picker, Text, View } from '@tarojs/components'
import type { ClinicPolicy } from '@/domain/clinic/clinic-policy'
import type { Hospital } from '@/domain/clinic/contract'
import { businessDate } from '@/domain/business-date'
import { monthDay, weekday } from '@/domain/date-wording'
import { useQuery } from '@/shared/api/use-query'
import { useSessionStore } from '@/shared/session/session-store'
import { ActionButton } from '@/shared/ui/action-button'
import { AsyncView, EmptyView, SignInPrompt } from '@/shared/ui/async-view'
import { Tabs } from '@/shared/ui/list-shell'
import { clinicApi } from '../api'
import { CLINIC_PAGES } from '../routes'
import { useHospitals } from '../store'
import { AdminDeskList } from './admin-desk-list'
import { AdminScheduleEditor } from './admin-schedule-editor'
import { AdminStats } from './admin-stats'
import './clinic.scss'

type AdminTab = 'desk' | 'schedule' | 'stats'

/**
 * 医院管理: a hospital_admin works the hospital of the role's scope (never a choice). County
 * officials read figures on their own page (挂号统计), not here.
 */
export function AdminConsole() {
  const signedIn = useSessionStore((state) => state.user !== null)
  const hospitalId = useSessionStore((state) => state.user?.roles.find((r) => r.role === 'hospital_admin')?.scope ?? '')
  const isOfficial = useSessionStore((state) => Boolean(state.user?.roles.some((r) => r.role === 'official')))
  if (!signedIn) return <SignInPrompt text='请先以医院管理员身份登录。' />
  if (hospitalId) return <HospitalConsole hospitalId={hospitalId} />
  if (isOfficial) {
    return (
      <EmptyView text='县里各医院的挂号和减免数字在「挂号统计」。'>
        <ActionButton kind='primary' onClick={() => void Taro.redirectTo({ url: CLINIC_PAGES.figures })}>
          查看挂号统计
        </ActionButton>
      </EmptyView>
    )
  }
  return <EmptyView text='您没有医院管理权限。' />
}

function HospitalConsole({ hospitalId }: { hospitalId: string }) {
  const hospitals = useHospitals()
  return (
    <AsyncView query={hospitals} loadingText='正在加载医院…' isEmpty={(data) => !data.hospitals.some((h) => h.id === hospitalId)} emptyText='没有找到您管理的医院。'>
      {(data) => <Console hospital={data.hospitals.find((h) => h.id === hospitalId)!} policy={data.policy} />}
    </AsyncView>
  )
}

function Console({ hospital, policy }: { hospital: Hospital; policy: ClinicPolicy | undefined }) {
  const [tab, setTab] = useState<AdminTab>('desk')
  const [campusId, setCampusId] = useState(hospital.campuses[0]?.id ?? '')
  const [departmentIndex, setDepartmentIndex] = useState(0)
  const [picked, setPicked] = useState('')
  const campus = hospital.campuses.find((c) => c.id === campusId) ?? hospital.campuses[0]
  const department = campus?.departments[departmentIndex] ?? campus?.departments[0]
  const scope = campus && department ? { hospitalId: hospital.id, campusId: campus.id, departmentId: department.id } : null
  // The host's calendar decides "today"; the strip follows it, not the device clock.
  const days = useQuery(['clinic.days', scope], () => clinicApi.days(scope!), { enabled: scope !== null })
  const dayList = days.data?.days ?? []
  const date = dayList.some((d) => d.date === picked) ? picked : (dayList[0]?.date ?? businessDate(new Date()))

  if (!campus) return <EmptyView text='该医院还没有院区。' />

  return (
    <View className='admin-console'>
      <Text className='key-figure'>{hospital.name}</Text>
      <Tabs<AdminTab>
        tabs={[
          { key: 'desk', label: '接诊' },
          { key: 'schedule', label: '排班' },
          { key: 'stats', label: '统计' },
        ]}
        active={tab}
        onChange={setTab}
      />

      {tab !== 'stats' && (
        <View className='card admin-scope'>
          <View role='radiogroup' aria-label='院区' className='chip-row'>
            {hospital.campuses.map((c) => (
              <View
                key={c.id}
                id={`admin-campus-${c.id}`}
                role='radio' tabIndex={0}
                aria-checked={c.id === campus.id ? 'true' : 'false'}
                className={`chip tappable ${c.id === campus.id ? 'selected' : ''}`}
                onClick={() => {
                  setCampusId(c.id)
                  setDepartmentIndex(0)
                }}
              >
                <Text className='body-text'>{c.name}</Text>
              </View>
            ))}
          </View>
          <Picker id='admin-department' mode='selector' range={campus.departments.map((d) => d.name)} value={departmentIndex} onChange={(e) => setDepartmentIndex(Number(e.detail.value))}>
            <View role='button' tabIndex={0} aria-label={`科室：${department?.name ?? '无'}，点按更换`} className='body-text field-input tappable'>
              科室：{department?.name ?? '无'}
            </View>
          </Picker>
          <View role='radiogroup' aria-label='日期' className='day-grid admin-dates'>
            {dayList.map((d) => (
              <View
                key={d.date}
                role='radio' tabIndex={0}
                aria-checked={d.date === date ? 'true' : 'false'}
                className={`day-chip tappable ${d.date === date ? 'selected' : ''}`}
                data-date={d.date}
                onClick={() => setPicked(d.date)}
              >
                <Text className='body-text'>{weekday(d.date)}</Text>
                <Text className='body-text nowrap'>{monthDay(d.date)}</Text>
              </View>
            ))}
          </View>
        </View>
      )}

      {tab !== 'stats' && scope && (
        // The day comes from the host's calendar: wait for it rather than show the device's today first.
        <AsyncView query={days} loadingText='正在加载日期…'>
          {() =>
            tab === 'schedule' ? (
              <AdminScheduleEditor key={`${scope.departmentId}-${date}`} scope={scope} date={date} />
            ) : (
              <AdminDeskList hospitalId={hospital.id} departmentId={scope.departmentId} date={date} />
            )
          }
        </AsyncView>
      )}
      {tab === 'stats' && <AdminStats hospitalId={hospital.id} policy={policy} />}
    </View>
  )
}

/** 挂号统计 for a county official: read-only figures of the hospital they choose; no desk, no editor. */
export function OfficialFigures() {
  const signedIn = useSessionStore((state) => state.user !== null)
  const allowed = useSessionStore((state) => Boolean(state.user?.roles.some((r) => r.role === 'official' || r.role === 'hospital_admin')))
  if (!signedIn) return <SignInPrompt text='请先以政府工作人员身份登录，查看挂号统计。' />
  if (!allowed) return <EmptyView text='挂号统计仅对县暖民心行动专班和医院开放。' />
  return <CountyFigures />
}

function CountyFigures() {
  const hospitals = useHospitals()
  const [chosenId, setChosenId] = useState('')
  return (
    <AsyncView query={hospitals} loadingText='正在加载医院…' isEmpty={(data) => data.hospitals.length === 0} emptyText='暂无医院。'>
      {(data) => {
        const hospital = data.hospitals.find((h) => h.id === chosenId) ?? data.hospitals[0]
        return (
          <View className='official-figures'>
            <Text className='body-text section-title'>各医院挂号与减免（只读）</Text>
            <View role='radiogroup' aria-label='医院' className='chip-row'>
              {data.hospitals.map((h) => (
                <View
                  key={h.id}
                  id={`stats-hospital-${h.id}`}
                  role='radio' tabIndex={0}
                  aria-checked={h.id === hospital.id ? 'true' : 'false'}
                  className={`chip tappable ${h.id === hospital.id ? 'selected' : ''}`}
                  onClick={() => setChosenId(h.id)}
                >
                  <Text className='body-text'>{h.name}</Text>
                </View>
              ))}
            </View>
            <AdminStats key={hospital.id} hospitalId={hospital.id} policy={data.policy} />
          </View>
        )
      }}
    </AsyncView>
  )
}
