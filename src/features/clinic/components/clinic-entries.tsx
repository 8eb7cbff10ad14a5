import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { useSessionStore } from '@/shared/session/session-store'
import { ActionButton } from '@/shared/ui/action-button'
import { CLINIC_PAGES } from '../routes'
import './clinic.scss'

/** 我的挂号, 义诊, and 医院管理 for a hospital's staff or 挂号统计 (read-only figures) for county officials. */
export function ClinicEntries() {
  const isHospitalStaff = useSessionStore((state) => Boolean(state.user?.roles.some((r) => r.role === 'hospital_admin')))
  const isOfficial = useSessionStore((state) => Boolean(state.user?.roles.some((r) => r.role === 'official')))
  const open = (url: string) => void Taro.navigateTo({ url })
  return (
    <View className='clinic-entries'>
      <ActionButton id='entry-mine' className='clinic-entry' onClick={() => open(CLINIC_PAGES.mine)}>
        我的挂号
      </ActionButton>
      <ActionButton id='entry-free-clinics' className='clinic-entry' onClick={() => open(CLINIC_PAGES.freeClinics)}>
        义诊
      </ActionButton>
      {isHospitalStaff && (
        <ActionButton id='entry-admin' className='clinic-entry' onClick={() => open(CLINIC_PAGES.admin)}>
          医院管理
        </ActionButton>
      )}
      {isOfficial && !isHospitalStaff && (
        <ActionButton id='entry-figures' className='clinic-entry' onClick={() => open(CLINIC_PAGES.figures)}>
          挂号统计
        </ActionButton>
      )}
    </View>
  )
}
