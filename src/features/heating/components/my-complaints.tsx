import { useRef, useState } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { Text } from '@tarojs/components'
import type { ComplaintView } from '@/domain/heating/contract'
import { useQuery } from '@/shared/api/use-query'
import { withQuery } from '@/shared/routes'
import { useSessionStore } from '@/shared/session/session-store'
import { ActionButton } from '@/shared/ui/action-button'
import { DetailCard } from '@/shared/ui/detail-card'
import { ListShell, Tabs } from '@/shared/ui/list-shell'
import { shanghaiDateTime } from '@/domain/date-wording'
import { heatingApi } from '../api'
import { celsiusText, householdText } from '../heating-labels'
import { HEATING_PAGES } from '../routes'
import { OverdueFlag } from './complaint-facts'
import './heating.scss'

type Tab = 'current' | 'finished'

/** Finished: confirmed (办结) or refused; a handled one still waits for the resident, so it stays current. */
const isFinished = (c: ComplaintView) => c.status === 'closed' || c.status === 'rejected'

/** What the resident can do now, said on the card so it is not missed. */
function yourTurn(c: ComplaintView): string | null {
  if (c.canConfirm) return '待您确认：已处理，请确认是否解决'
  if (c.canRate) return '待您评价'
  return null
}

function ComplaintRow({ complaint: c }: { complaint: ComplaintView }) {
  const open = () => void Taro.navigateTo({ url: withQuery(HEATING_PAGES.complaint, { id: c.id }) })
  const turn = yourTurn(c)
  return (
    <DetailCard
      className='complaint-card'
      label={`${c.categoryLabel} ${householdText(c)}`}
      data={{ 'data-complaint-id': c.id, 'data-status': c.status }}
      title={c.categoryLabel}
      status={{ label: c.statusLabel, tone: c.statusTone }}
      figure={c.measuredCelsius !== null ? <Text className='key-figure nowrap'>实测 {celsiusText(c.measuredCelsius)}</Text> : undefined}
      actions={
        <ActionButton className='open-complaint' label={`查看详情：${c.categoryLabel}`} onClick={open}>
          查看详情
        </ActionButton>
      }
    >
      <OverdueFlag label={c.overdueLabel} />
      <Text className='body-text'>{householdText(c)}</Text>
      <Text className='body-text muted'>
        反映于<Text className='nowrap'>{shanghaiDateTime(c.submittedAt)}</Text>
      </Text>
      {c.nextDeadline && <Text className='body-text'>{c.nextDeadline.label}</Text>}
      {c.refundTier && <Text className='body-text refund-tier-line'>{c.refundTier.sentence}</Text>}
      {turn && <Text className='body-text notice your-turn'>{turn}</Text>}
    </DetailCard>
  )
}

/** 我的反映: current and finished complaints of the account, newest first, each leading to its detail. */
export function MyComplaints() {
  const userId = useSessionStore((state) => state.user?.id)
  const [tab, setTab] = useState<Tab>('current')
  const mine = useQuery(['heating.mine', userId], heatingApi.mine, { enabled: Boolean(userId) })
  const seen = useRef(false)

  // Back from a detail (confirmed, rated): read the list again.
  useDidShow(() => {
    if (seen.current) void mine.reload()
    seen.current = true
  })

  const current = (mine.data?.complaints ?? []).filter((c) => !isFinished(c))
  return (
    <ListShell
      className='my-complaints'
      query={mine}
      signIn='请先登录，查看您反映的供热问题。'
      loadingText='正在加载我的反映…'
      header={
        userId ? (
          <Tabs<Tab>
            tabs={[
              { key: 'current', label: '处理中', count: mine.data ? current.length : undefined },
              { key: 'finished', label: '已结束' },
            ]}
            active={tab}
            onChange={setTab}
          />
        ) : undefined
      }
      items={(data) => data.complaints.filter((c) => (tab === 'finished') === isFinished(c))}
      keyOf={(c) => c.id}
      renderItem={(c) => <ComplaintRow complaint={c} />}
      emptyText={tab === 'current' ? '没有正在处理的反映。' : '还没有已结束的反映。'}
      emptyAction={
        tab === 'current' ? (
          <ActionButton kind='primary' onClick={() => void Taro.navigateTo({ url: HEATING_PAGES.report })}>
            我要反映
          </ActionButton>
        ) : undefined
      }
    />
  )
}
