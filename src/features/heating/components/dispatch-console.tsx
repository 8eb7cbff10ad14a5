import { useRef, useState } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { ComplaintStatus, ComplaintView } from '@/domain/heating/contract'
import { complaintWorkflow } from '@/domain/heating/complaint-workflow'
import { useQuery } from '@/shared/api/use-query'
import { useSessionStore } from '@/shared/session/session-store'
import { ActionButton } from '@/shared/ui/action-button'
import { DetailCard } from '@/shared/ui/detail-card'
import { ListShell, Tabs } from '@/shared/ui/list-shell'
import { heatingApi } from '../api'
import { celsiusText, householdText } from '../heating-labels'
import { HEATING_PAGES } from '../routes'
import { OverdueFlag } from './complaint-facts'
import { DispatcherOnly, openDesk } from './desk-complaint'
import { IncidentList } from './incident-list'
import './heating.scss'

type ConsoleTab = 'queue' | 'incidents'

/** '' = every open complaint (the default queue); else one status. */
type StatusFilter = ComplaintStatus | ''

/** A row of big wrapping chips, one of which is chosen (never a strip that scrolls sideways). */
export function FilterChips<K extends string>({ label, options, value, onChange, idPrefix }: { label: string; options: Array<{ key: K; label: string }>; value: K; onChange: (key: K) => void; idPrefix: string }) {
  return (
    <View className='filter'>
      <Text className='body-text filter-label'>{label}</Text>
      <View role='radiogroup' aria-label={label} className='filter-chips'>
        {options.map((o) => (
          <View
            key={o.key}
            id={`${idPrefix}-${o.key || 'all'}`}
            role='radio'
            tabIndex={0}
            aria-checked={o.key === value ? 'true' : 'false'}
            className={`filter-chip tappable ${o.key === value ? 'selected' : ''}`}
            onClick={() => onChange(o.key)}
          >
            <Text className='body-text'>{o.label}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}

/** The lowest of the resident's readings: the figure a dispatcher looks at first. */
const lowestReading = (c: ComplaintView) => (c.readings.length ? Math.min(...c.readings.map((r) => r.celsius)) : null)

export function QueueRow({ complaint: c }: { complaint: ComplaintView }) {
  const lowest = lowestReading(c)
  return (
    <DetailCard
      className={`queue-card ${c.overdue ? 'is-overdue' : ''}`}
      label={`${householdText(c)} ${c.categoryLabel}`}
      data={{ 'data-complaint-id': c.id, 'data-status': c.status }}
      title={householdText(c)}
      status={{ label: c.statusLabel, tone: c.statusTone }}
      actions={
        <ActionButton kind='primary' className='open-desk' label={`办理${householdText(c)}`} onClick={() => openDesk(c.id)}>
          办理
        </ActionButton>
      }
    >
      <OverdueFlag label={c.overdueLabel} />
      {c.nextDeadline && <Text className='body-text queue-deadline'>{c.nextDeadline.label}</Text>}
      <Text className='body-text'>
        {c.categoryLabel} · {c.stationName}
        {c.incident.households > 1 ? ` · 本站${c.incident.households}户` : ''}
      </Text>
      {c.measuredCelsius !== null ? (
        <Text className='body-text'>
          上门实测 <Text className='nowrap'>{celsiusText(c.measuredCelsius)}</Text>
        </Text>
      ) : (
        lowest !== null && (
          <Text className='body-text'>
            居民自测 <Text className='nowrap'>{celsiusText(lowest)}</Text>
          </Text>
        )
      )}
    </DetailCard>
  )
}

/** The company's stations, from the places list (the communities each station serves). */
function useStations(companyId: string, userId: string | undefined) {
  const places = useQuery(['heating.communities', userId], heatingApi.communities)
  const stations = new Map<string, string>()
  for (const c of places.data?.communities ?? []) if (!companyId || c.companyId === companyId) stations.set(c.stationId, c.stationName)
  return [...stations].map(([key, label]) => ({ key, label }))
}

const STATUS_OPTIONS: Array<{ key: StatusFilter; label: string }> = [
  { key: '', label: '全部待办' },
  ...complaintWorkflow.statuses.map((s) => ({ key: s as StatusFilter, label: complaintWorkflow.label(s) })),
]

function Queue({ companyId, userId }: { companyId: string; userId: string | undefined }) {
  const [stationId, setStationId] = useState('')
  const [status, setStatus] = useState<StatusFilter>('')
  const stations = useStations(companyId, userId)
  const filter = { ...(status ? { status } : {}), ...(stationId ? { stationId } : {}) }
  const queue = useQuery(['heating.queue', filter], () => heatingApi.queue(filter))
  const seen = useRef(false)
  useDidShow(() => {
    if (seen.current) void queue.reload()
    seen.current = true
  })
  const overdue = queue.data?.complaints.filter((c) => c.overdue).length ?? 0
  return (
    <ListShell
      className='dispatch-queue'
      query={queue}
      header={
        <View className='card queue-filters'>
          <FilterChips label='换热站' idPrefix='station' options={[{ key: '', label: '全部' }, ...stations]} value={stationId} onChange={setStationId} />
          <FilterChips label='状态' idPrefix='status' options={STATUS_OPTIONS} value={status} onChange={setStatus} />
          {queue.data && (
            <Text className='body-text queue-summary'>
              共{queue.data.complaints.length}条，按最近的办理时限排列{overdue > 0 ? `，其中${overdue}条已超时（督办）` : ''}。
            </Text>
          )}
        </View>
      }
      loadingText='正在加载待办…'
      items={(data) => data.complaints}
      keyOf={(c) => c.id}
      renderItem={(c) => <QueueRow complaint={c} />}
      emptyText={status || stationId ? '没有符合条件的反映。' : '没有待办的反映。'}
    />
  )
}

/** 调度台: the company's queue (nearest deadline first, 督办 flagged) and its station incidents. */
export function DispatchConsole() {
  return (
    <DispatcherOnly what='调度台'>
      <Console />
    </DispatcherOnly>
  )
}

function Console() {
  const userId = useSessionStore((state) => state.user?.id)
  const companyId = useSessionStore((state) => state.user?.roles.find((r) => r.role === 'heating_dispatcher')?.scope ?? '')
  const [tab, setTab] = useState<ConsoleTab>('queue')
  return (
    <View className='dispatch-console'>
      <Tabs<ConsoleTab>
        tabs={[
          { key: 'queue', label: '待办' },
          { key: 'incidents', label: '站点事件' },
        ]}
        active={tab}
        onChange={setTab}
      />
      {tab === 'queue' ? <Queue companyId={companyId} userId={userId} /> : <IncidentList />}
      <ActionButton id='dispatch-figures' block onClick={() => void Taro.navigateTo({ url: HEATING_PAGES.figures })}>
        供热统计
      </ActionButton>
    </View>
  )
}
