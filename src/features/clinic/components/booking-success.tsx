import { useCallback, useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { errorMessage } from '@/shared/api/api-error'
import { createRequestId } from '@/shared/api/request-id'
import { isWeapp } from '@/shared/platform/build-env'
import { ErrorState, LoadingState } from '@/shared/ui/async-state'
import type { LoadStatus } from '@/shared/ui/load-status'
import { clinicApi, patientApi, type RegistrationDetail } from '../api'
import { CLINIC_PAGES } from '../routes'
import { RegistrationLines } from './registration-lines'
import './clinic.scss'

const REMINDER_KIND = 'clinic_booked'

type SubscribeApi = (options: { tmplIds: string[] }) => Promise<Record<string, string>>

/** WeChat asks the person to accept the reminder; only accepted templates are recorded. */
async function subscribeToReminder(): Promise<string> {
  const request = (Taro as unknown as { requestSubscribeMessage?: SubscribeApi }).requestSubscribeMessage
  if (!isWeapp() || typeof request !== 'function') return '请在微信小程序中开启就诊提醒'
  const { subscribeTemplates = {} } = await patientApi.subscribeTemplates()
  const templateId = subscribeTemplates[REMINDER_KIND]
  if (!templateId) return '暂未开通就诊提醒'
  const answer = await request({ tmplIds: [templateId] })
  if (answer[templateId] !== 'accept') return '未开启提醒'
  await patientApi.subscribe([templateId], createRequestId())
  return '已开启就诊提醒'
}

export function BookingSuccess({ registrationId }: { registrationId: string }) {
  const [status, setStatus] = useState<LoadStatus>('loading')
  const [error, setError] = useState('')
  const [registration, setRegistration] = useState<RegistrationDetail | null>(null)

  const load = useCallback(async () => {
    setStatus('loading')
    try {
      const { upcoming, past } = await clinicApi.mine()
      const found = [...upcoming, ...past].find((r) => r.id === registrationId)
      if (!found) throw new Error('not found')
      setRegistration(found)
      setStatus('ready')
    } catch (failure) {
      setError(failure instanceof Error && failure.message === 'not found' ? '没有找到这条挂号记录' : errorMessage(failure))
      setStatus('error')
    }
  }, [registrationId])

  useEffect(() => {
    void load()
  }, [load])

  const remind = async () => {
    try {
      void Taro.showToast({ title: await subscribeToReminder(), icon: 'none' })
    } catch (failure) {
      void Taro.showToast({ title: errorMessage(failure), icon: 'none' })
    }
  }

  if (status === 'loading') return <LoadingState />
  if (status === 'error' || !registration) return <ErrorState message={error} onRetry={() => void load()} />

  return (
    <View className='booking-success'>
      <View className='card registration-card' data-registration-id={registration.id}>
        <Text className='key-figure success-title'>挂号成功</Text>
        <Text className='body-text summary-line success-member'>就诊人：{registration.memberName}</Text>
        <RegistrationLines registration={registration} />
      </View>
      <Text className='body-text muted notice'>请在就诊当天按时到院，凭身份证到诊。</Text>
      <Button id='subscribe-reminder' className='btn tappable full-width' onClick={() => void remind()}>
        预约提醒
      </Button>
      <Button id='go-my-registrations' className='btn btn-primary tappable full-width' onClick={() => void Taro.redirectTo({ url: CLINIC_PAGES.mine })}>
        查看我的挂号
      </Button>
    </View>
  )
}
