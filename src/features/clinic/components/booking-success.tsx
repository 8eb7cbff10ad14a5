import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { RegistrationDetail, VisitGuide } from '@/domain/clinic/contract'
import { registrationWorkflow } from '@/domain/clinic/registration-workflow'
import { createRequestId } from '@/shared/api/request-id'
import { errorMessage } from '@/shared/api/api-error'
import { useQuery } from '@/shared/api/use-query'
import { canSubscribeMessages } from '@/shared/platform/device'
import { CallButton, MapButton } from '@/shared/ui/call-and-map'
import { ActionButton } from '@/shared/ui/action-button'
import { AsyncView, EmptyView } from '@/shared/ui/async-view'
import { DetailCard } from '@/shared/ui/detail-card'
import { FactRow } from '@/shared/ui/fact-row'
import { clinicApi, reminderApi } from '../api'
import { CLINIC_PAGES } from '../routes'
import { FeeFigure, RegistrationLines } from './registration-lines'
import './clinic.scss'

const REMINDER_KIND = 'clinic_booked'

type SubscribeApi = (options: { tmplIds: string[] }) => Promise<Record<string, string>>

/** WeChat asks the person to accept the reminder; only accepted templates are recorded. */
async function subscribeToReminder(): Promise<string> {
  const request = (Taro as unknown as { requestSubscribeMessage: SubscribeApi }).requestSubscribeMessage
  const { subscribeTemplates = {} } = await reminderApi.subscribeTemplates()
  const templateId = subscribeTemplates[REMINDER_KIND]
  if (!templateId) return '暂未开通就诊提醒'
  const answer = await request({ tmplIds: [templateId] })
  if (answer[templateId] !== 'accept') return '未开启提醒'
  await reminderApi.subscribe([templateId], createRequestId())
  return '已开启就诊提醒'
}

/** What to do on the day: the queue number, where to go (with a map), whom to call, what to bring and how to pay. */
export function VisitGuideCard({ guide }: { guide: VisitGuide }) {
  return (
    <View className='card visit-guide'>
      <Text className='body-text section-title'>就诊须知</Text>
      <FactRow label='序号' className='guide-queue'>
        <Text className='key-figure queue-number nowrap'>第{guide.queueNumber}号</Text>
      </FactRow>
      <FactRow label='地址' className='guide-address'>
        <Text className='body-text'>
          {guide.hospitalName} {guide.campusName}
        </Text>
        <Text className='body-text'>{guide.campusAddress}</Text>
        <MapButton name={`${guide.hospitalName}${guide.campusName}`} address={guide.campusAddress} lat={guide.latitude} lng={guide.longitude} />
      </FactRow>
      <FactRow label='科室位置' className='guide-location'>
        <Text className='body-text'>
          {guide.departmentName}：{guide.departmentLocation}
        </Text>
      </FactRow>
      {guide.hospitalPhone && (
        <FactRow label='医院电话' className='guide-phone'>
          <Text className='body-text nowrap'>{guide.hospitalPhone}</Text>
          <CallButton className='call-hospital' phone={guide.hospitalPhone} who={guide.hospitalName} />
        </FactRow>
      )}
      {guide.bring.length > 0 && (
        <FactRow label='请带好' className='guide-bring'>
          {guide.bring.map((item) => (
            <Text key={item} className='body-text guide-bring-item'>
              · {item}
            </Text>
          ))}
        </FactRow>
      )}
      <FactRow label='缴费' className='guide-payment'>
        <Text className='body-text'>{guide.payment}</Text>
      </FactRow>
    </View>
  )
}

function SuccessBody({ registration: r }: { registration: RegistrationDetail }) {
  const remind = async () => {
    try {
      void Taro.showToast({ title: await subscribeToReminder(), icon: 'none' })
    } catch (failure) {
      void Taro.showToast({ title: errorMessage(failure), icon: 'none' })
    }
  }
  const booked = r.status === 'booked'
  return (
    <View className='booking-success'>
      <DetailCard
        className='registration-card'
        label={`${r.memberName} ${r.departmentName}的挂号`}
        data={{ 'data-registration-id': r.id, 'data-status': r.status }}
        title={booked ? '挂号成功' : '挂号详情'}
        status={{ label: registrationWorkflow.label(r.status), tone: registrationWorkflow.tone(r.status) }}
        figure={<FeeFigure registration={r} />}
      >
        <Text className='body-text summary-line success-member'>就诊人：{r.memberName}</Text>
        <RegistrationLines registration={r} />
      </DetailCard>
      {booked && <VisitGuideCard guide={r.guide} />}
      {/* A reminder is a WeChat subscribe message: where it cannot work (H5) it is not offered. */}
      {booked && canSubscribeMessages() && (
        <ActionButton id='subscribe-reminder' block onClick={() => void remind()}>
          预约提醒
        </ActionButton>
      )}
      <ActionButton id='go-my-registrations' kind='primary' block onClick={() => void Taro.redirectTo({ url: CLINIC_PAGES.mine })}>
        查看我的挂号
      </ActionButton>
    </View>
  )
}

/** The booking just made, read by its id from the route, so a reload or a shared link shows it again. */
export function BookingSuccess({ registrationId }: { registrationId: string }) {
  const registration = useQuery(['clinic.registration', registrationId], () => clinicApi.registration(registrationId), { enabled: Boolean(registrationId) })
  if (!registrationId) {
    return (
      <EmptyView text='没有找到这条挂号记录。'>
        <ActionButton kind='primary' onClick={() => void Taro.redirectTo({ url: CLINIC_PAGES.mine })}>
          查看我的挂号
        </ActionButton>
      </EmptyView>
    )
  }
  return (
    <AsyncView query={registration} loadingText='正在加载挂号信息…' signIn='请先登录，查看挂号信息。'>
      {(r) => <SuccessBody registration={r} />}
    </AsyncView>
  )
}
