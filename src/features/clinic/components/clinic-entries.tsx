import Taro from '@tarojs/taro'
import { Button, View } from '@tarojs/components'
import { useSessionStore } from '@/shared/session/session-store'
import { CLINIC_PAGES } from '../routes'
import './clinic.scss'

/** 我的挂号, 义诊, and 医院管理 for the staff of a hospital. */
export function ClinicEntries() {
  const isHospitalAdmin = useSessionStore((state) => Boolean(state.user?.roles.some((r) => r.role === 'hospital_admin')))
  const open = (url: string) => void Taro.navigateTo({ url })
  return (
    <View className='clinic-entries'>
      <Button id='entry-mine' className='btn tappable clinic-entry' onClick={() => open(CLINIC_PAGES.mine)}>
        我的挂号
      </Button>
      <Button id='entry-free-clinics' className='btn tappable clinic-entry' onClick={() => open(CLINIC_PAGES.freeClinics)}>
        义诊
      </Button>
      {isHospitalAdmin && (
        <Button id='entry-admin' className='btn tappable clinic-entry' onClick={() => open(CLINIC_PAGES.admin)}>
          医院管理
        </Button>
      )}
    </View>
  )
}
