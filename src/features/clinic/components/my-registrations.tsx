import { useCallback, useState } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { errorMessage } from '@/shared/api/api-error'
import { createRequestId } from '@/shared/api/request-id'
import { useSessionStore } from '@/shared/session/session-store'
import { EmptyState, ErrorState, LoadingState } from '@/shared/ui/async-state'
import type { LoadStatus } from '@/shared/ui/load-status'
import { clinicApi, type MyRegistrations as MyRegistrationsData, type RegistrationDetail } from '../api'
import { STATUS_LABELS, monthDay } from '../clinic-labels'
import { RegistrationLines } from './registration-lines'
import { SignInRequired } from './sign-in-required'
import './clinic.scss'

type Tab = 'upcoming' | 'past'

function RegistrationCard({ registration: r, onCancel }: { registration: RegistrationDetail; onCancel: () => void }) {
  return (
    <View className='card registration-card' data-registration-id={r.id} data-status={r.status}>
      <View className='card-heading'>
        <Text className='key-figure registration-member'>{r.memberName}</Text>
        <Text className={`body-text status-text ${r.status}`}>{STATUS_LABELS[r.status]}</Text>
      </View>
      <RegistrationLines registration={r} />
      {r.canCancel && (
        <View className='action-row'>
          <Button className='btn btn-danger tappable cancel-registration' onClick={onCancel}>
            取消挂号
          </Button>
        </View>
      )}
    </View>
  )
}

/** 我的挂号: 待就诊 and 历史, with free cancellation where the rule still allows it. */
export function MyRegistrations() {
  const signedIn = useSessionStore((state) => Boolean(state.user))
  if (!signedIn) return <SignInRequired text='请先登录，查看家人的挂号。' />
  return <RegistrationTabs />
}

function RegistrationTabs() {
  const [tab, setTab] = useState<Tab>('upcoming')
  const [status, setStatus] = useState<LoadStatus>('loading')
  const [error, setError] = useState('')
  const [data, setData] = useState<MyRegistrationsData | null>(null)

  const load = useCallback(async () => {
    setStatus((current) => (current === 'ready' ? current : 'loading'))
    try {
      setData(await clinicApi.mine())
      setStatus('ready')
    } catch (failure) {
      setError(errorMessage(failure))
      setStatus('error')
    }
  }, [])

  useDidShow(() => {
    void load()
  })

  const cancel = async (r: RegistrationDetail) => {
    if (!data) return
    const revisitNote = r.freeRevisitUntil ? '\n取消后，关联此次首诊的免费复诊将恢复收费。' : ''
    const { confirm } = await Taro.showModal({
      title: '取消挂号',
      content: `确定取消${r.memberName} ${monthDay(r.visitDate)} ${r.departmentName}的挂号吗？\n${data.freeCancellationRule}${revisitNote}`,
      confirmText: '取消挂号',
      confirmColor: '#cf1322',
      cancelText: '不取消',
    })
    if (!confirm) return
    try {
      await clinicApi.cancel(r.id, createRequestId())
      void Taro.showToast({ title: '已取消', icon: 'success' })
      await load()
    } catch (failure) {
      void Taro.showToast({ title: errorMessage(failure), icon: 'none' })
    }
  }

  const list = data ? data[tab] : []

  return (
    <View className='my-registrations'>
      <View className='tabs'>
        <View id='tab-upcoming' className={`tab tappable body-text ${tab === 'upcoming' ? 'selected' : ''}`} onClick={() => setTab('upcoming')}>
          待就诊{data ? `（${data.upcoming.length}）` : ''}
        </View>
        <View id='tab-past' className={`tab tappable body-text ${tab === 'past' ? 'selected' : ''}`} onClick={() => setTab('past')}>
          历史
        </View>
      </View>
      {status === 'loading' && <LoadingState text='正在加载挂号记录…' />}
      {status === 'error' && <ErrorState message={error} onRetry={() => void load()} />}
      {status === 'ready' && list.length === 0 && (
        <EmptyState text={tab === 'upcoming' ? '没有待就诊的挂号。' : '还没有历史挂号记录。'} />
      )}
      {status === 'ready' && list.map((r) => <RegistrationCard key={r.id} registration={r} onCancel={() => void cancel(r)} />)}
      {status === 'ready' && data && <Text className='body-text muted notice cancel-rule'>{data.freeCancellationRule}</Text>}
    </View>
  )
}
