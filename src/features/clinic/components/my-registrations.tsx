import { useRef, useState } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { Text } from '@tarojs/components'
import type { MyRegistrations as MyRegistrationsAnswer, RegistrationDetail } from '@/domain/clinic/contract'
import { registrationWorkflow } from '@/domain/clinic/registration-workflow'
import { monthDay } from '@/domain/date-wording'
import { useMutation } from '@/shared/api/use-mutation'
import { useQuery } from '@/shared/api/use-query'
import { useSessionStore } from '@/shared/session/session-store'
import { ActionButton } from '@/shared/ui/action-button'
import { DetailCard } from '@/shared/ui/detail-card'
import { ListShell, Tabs } from '@/shared/ui/list-shell'
import { clinicApi } from '../api'
import { FeeFigure, RegistrationLines } from './registration-lines'
import './clinic.scss'

type Tab = 'upcoming' | 'past'

/** The cancel dialog: the rule, and the revisits it re-prices only when there are some. */
export function cancelWarning(r: RegistrationDetail, freeCancellationRule: string): string {
  const revisits = r.linkedRevisits > 0 ? `\n取消后，关联此次首诊的${r.linkedRevisits}次免费复诊将恢复收费。` : ''
  return `确定取消${r.memberName}${monthDay(r.visitDate)}${r.departmentName}的挂号吗？\n${freeCancellationRule}${revisits}`
}

/** 代玉贤 11月30日 心血管内科: tells one family member's registrations apart. */
export function registrationLabel(r: RegistrationDetail): string {
  return `${r.memberName} ${monthDay(r.visitDate)} ${r.departmentName}`
}

function RegistrationCard({ registration: r, onCancel }: { registration: RegistrationDetail; onCancel: () => void }) {
  return (
    <DetailCard
      className='registration-card'
      label={registrationLabel(r)}
      data={{ 'data-registration-id': r.id, 'data-status': r.status }}
      title={r.memberName}
      status={{ label: registrationWorkflow.label(r.status), tone: registrationWorkflow.tone(r.status) }}
      figure={<FeeFigure registration={r} />}
      actions={
        r.canCancel ? (
          <ActionButton kind='danger' className='cancel-registration' onClick={onCancel}>
            取消挂号
          </ActionButton>
        ) : undefined
      }
    >
      <RegistrationLines registration={r} />
    </DetailCard>
  )
}

/** 我的挂号: 待就诊 and 历史, with free cancellation where the rule still allows it. */
export function MyRegistrations() {
  const userId = useSessionStore((state) => state.user?.id)
  const [tab, setTab] = useState<Tab>('upcoming')
  const mine = useQuery(['clinic.mine', userId], () => clinicApi.mine(), { enabled: Boolean(userId) })
  const cancel = useMutation((registrationId: string, requestId: string) => clinicApi.cancel(registrationId, requestId))
  const seen = useRef(false)

  // Back on this screen (from a booking or the success page): read the list again.
  useDidShow(() => {
    if (seen.current) void mine.reload()
    seen.current = true
  })

  const confirmCancel = async (r: RegistrationDetail, answer: MyRegistrationsAnswer) => {
    const { confirm } = await Taro.showModal({
      title: '取消挂号',
      content: cancelWarning(r, answer.freeCancellationRule),
      confirmText: '取消挂号',
      confirmColor: '#a8071a',
      cancelText: '不取消',
    })
    if (!confirm) return
    const result = await cancel.run(r.id)
    if (!result.ok) {
      void Taro.showToast({ title: result.error.message, icon: 'none' })
      return
    }
    void Taro.showToast({ title: '已取消', icon: 'success' })
    await mine.reload()
  }

  return (
    <ListShell
      className='my-registrations'
      query={mine}
      signIn='请先登录，查看家人的挂号。'
      loadingText='正在加载挂号记录…'
      header={
        userId ? (
          <Tabs
            tabs={[
              { key: 'upcoming', label: '待就诊', count: mine.data?.upcoming.length },
              { key: 'past', label: '历史' },
            ]}
            active={tab}
            onChange={setTab}
          />
        ) : undefined
      }
      items={(data) => data[tab]}
      keyOf={(r) => r.id}
      renderItem={(r) => <RegistrationCard registration={r} onCancel={() => mine.data && void confirmCancel(r, mine.data)} />}
      emptyText={tab === 'upcoming' ? '没有待就诊的挂号。' : '还没有历史挂号记录。'}
      footer={(data) => <Text className='body-text muted notice cancel-rule'>{data.freeCancellationRule}</Text>}
    />
  )
}
