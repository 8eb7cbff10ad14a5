import { useEffect, useState } from 'react'
import { Picker, Text, View } from '@tarojs/components'
import { businessDate } from '@/domain/business-date'
import { useSessionStore } from '@/shared/session/session-store'
import { EmptyState, ErrorState, LoadingState } from '@/shared/ui/async-state'
import { clinicApi, type BookableDay } from '../api'
import { monthDay, weekday } from '../clinic-labels'
import { useClinicStore } from '../store'
import { AdminDeskList } from './admin-desk-list'
import { AdminScheduleEditor } from './admin-schedule-editor'
import { AdminStats } from './admin-stats'
import { SignInRequired } from './sign-in-required'
import './clinic.scss'

type AdminTab = 'schedule' | 'desk' | 'stats'
const TABS: { key: AdminTab; label: string }[] = [
  { key: 'schedule', label: '排班' },
  { key: 'desk', label: '接诊' },
  { key: 'stats', label: '统计' },
]

/**
 * 医院管理: a hospital_admin works the hospital of the role's scope (never a choice); a county
 * official only reads the figures, of any hospital.
 */
export function AdminConsole() {
  const user = useSessionStore((state) => state.user)
  const hospitalId = user?.roles.find((r) => r.role === 'hospital_admin')?.scope ?? ''
  const isOfficial = Boolean(user?.roles.some((r) => r.role === 'official'))
  if (!user) return <SignInRequired text='请先以医院管理员身份登录。' />
  if (hospitalId) return <HospitalConsole hospitalId={hospitalId} />
  if (isOfficial) return <OfficialFigures />
  return <EmptyState text='您没有医院管理权限。' />
}

/** Read-only 统计 for a county official: choose a hospital, see its figures; no desk, no editor. */
function OfficialFigures() {
  const { hospitals, hospitalsStatus, hospitalsError, loadHospitals } = useClinicStore()
  const [chosenId, setChosenId] = useState('')

  useEffect(() => {
    if (hospitalsStatus === 'idle') void loadHospitals()
  }, [hospitalsStatus, loadHospitals])

  if (hospitalsStatus === 'idle' || hospitalsStatus === 'loading') return <LoadingState />
  if (hospitalsStatus === 'error') return <ErrorState message={hospitalsError} onRetry={() => void loadHospitals()} />
  const hospital = hospitals.find((h) => h.id === chosenId) ?? hospitals[0]
  if (!hospital) return <EmptyState text='暂无医院。' />

  return (
    <View className='admin-console official-figures'>
      <Text className='body-text section-title'>医院统计（只读）</Text>
      <View className='day-strip'>
        {hospitals.map((h) => (
          <View
            key={h.id}
            id={`stats-hospital-${h.id}`}
            className={`day-chip tappable ${h.id === hospital.id ? 'selected' : ''}`}
            onClick={() => setChosenId(h.id)}
          >
            <Text className='body-text'>{h.name}</Text>
          </View>
        ))}
      </View>
      <AdminStats key={hospital.id} hospitalId={hospital.id} />
    </View>
  )
}

function HospitalConsole({ hospitalId }: { hospitalId: string }) {
  const { hospitals, hospitalsStatus, hospitalsError, loadHospitals } = useClinicStore()
  const [tab, setTab] = useState<AdminTab>('desk')
  const [campusId, setCampusId] = useState('')
  const [departmentIndex, setDepartmentIndex] = useState(0)
  const [days, setDays] = useState<BookableDay[]>([])
  const [date, setDate] = useState(businessDate(new Date()))

  useEffect(() => {
    if (hospitalsStatus === 'idle') void loadHospitals()
  }, [hospitalsStatus, loadHospitals])

  const hospital = hospitals.find((h) => h.id === hospitalId)
  const campus = hospital?.campuses.find((c) => c.id === campusId) ?? hospital?.campuses[0]
  const department = campus?.departments[departmentIndex] ?? campus?.departments[0]

  useEffect(() => {
    if (!hospital || !campus || !department) return
    // The host's calendar decides "today"; the strip follows it, not the device clock.
    clinicApi
      .days({ hospitalId: hospital.id, campusId: campus.id, departmentId: department.id })
      .then((result) => {
        setDays(result.days)
        setDate((current) => (result.days.some((d) => d.date === current) ? current : result.days[0]?.date ?? current))
      })
      .catch(() => setDays([]))
  }, [hospital?.id, campus?.id, department?.id]) // eslint-disable-line react-hooks/exhaustive-deps

  if (hospitalsStatus === 'idle' || hospitalsStatus === 'loading') return <LoadingState />
  if (hospitalsStatus === 'error') return <ErrorState message={hospitalsError} onRetry={() => void loadHospitals()} />
  if (!hospital || !campus) return <EmptyState text='没有找到您管理的医院。' />

  const scope = department ? { hospitalId: hospital.id, campusId: campus.id, departmentId: department.id } : null

  return (
    <View className='admin-console'>
      <Text className='key-figure'>{hospital.name}</Text>
      <View className='tabs admin-tabs'>
        {TABS.map((t) => (
          <View key={t.key} id={`admin-tab-${t.key}`} className={`tab tappable body-text ${tab === t.key ? 'selected' : ''}`} onClick={() => setTab(t.key)}>
            {t.label}
          </View>
        ))}
      </View>

      {tab !== 'stats' && (
        <View className='card admin-scope'>
          <View className='day-strip'>
            {hospital.campuses.map((c) => (
              <View
                key={c.id}
                id={`admin-campus-${c.id}`}
                className={`day-chip tappable ${c.id === campus.id ? 'selected' : ''}`}
                onClick={() => {
                  setCampusId(c.id)
                  setDepartmentIndex(0)
                }}
              >
                <Text className='body-text'>{c.name}</Text>
              </View>
            ))}
          </View>
          <Picker
            id='admin-department'
            mode='selector'
            range={campus.departments.map((d) => d.name)}
            value={departmentIndex}
            onChange={(e) => setDepartmentIndex(Number(e.detail.value))}
          >
            <View className='body-text field-input tappable'>科室：{department?.name ?? '无'}</View>
          </Picker>
          <View className='day-strip admin-dates'>
            {days.map((d) => (
              <View key={d.date} className={`day-chip tappable ${d.date === date ? 'selected' : ''}`} data-date={d.date} onClick={() => setDate(d.date)}>
                <Text className='body-text'>{weekday(d.date)}</Text>
                <Text className='body-text'>{monthDay(d.date)}</Text>
              </View>
            ))}
          </View>
        </View>
      )}

      {tab === 'schedule' && scope && <AdminScheduleEditor key={`${scope.departmentId}-${date}`} scope={scope} date={date} />}
      {tab === 'desk' && scope && <AdminDeskList hospitalId={hospital.id} departmentId={scope.departmentId} date={date} />}
      {tab === 'stats' && <AdminStats hospitalId={hospital.id} />}
    </View>
  )
}
