import Taro from '@tarojs/taro'
import { Button, View } from '@tarojs/components'
import { useSessionStore } from '@/shared/session/session-store'
import { CLINIC_PAGES } from '../routes'
import './clinic.scss'

/** 我的挂号, 义诊, and 医院管理 for a hospital's staff (or 挂号统计, read-only, for county officials). */
export function ClinicEntries() {
  const staffRole = useSessionStore((state) => state.user?.roles.find((r) => r.role === 'hospital_admin' || r.role === 'official')?.role)
  const open = (url: string) => void Taro.navigateTo({ url })
  return (
    <View className='clinic-entries'>
      <Button id='entry-mine' className='btn tappable clinic-entry' onClick={() => open(CLINIC_PAGES.mine)}>
        我的挂号
      </Button>
      <Button id='entry-free-clinics' className='btn tappable clinic-entry' onClick={() => open(CLINIC_PAGES.freeClinics)}>
        义诊
      </Button>
      {staffRole && (
        <Button id='entry-admin' className='btn tappable clinic-entry' onClick={() => open(CLINIC_PAGES.admin)}>
          {staffRole === 'hospital_admin' ? '医院管理' : '挂号统计'}
        </Button>
      )}
    </View>
  )
}
