import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { ComplaintView, DispatcherMove, IncidentMoveAnswer, IncidentView } from '@/domain/heating/contract'
import { INCIDENT_MOVES, type IncidentMove } from '@/domain/heating/complaint-workflow'
import { shanghaiDateTime } from '@/domain/date-wording'
import { useMutation } from '@/shared/api/use-mutation'
import { useQuery } from '@/shared/api/use-query'
import { ActionButton } from '@/shared/ui/action-button'
import { DetailCard } from '@/shared/ui/detail-card'
import { ListShell } from '@/shared/ui/list-shell'
import { StatusBadge } from '@/shared/ui/status-badge'
import { heatingApi } from '../api'
import { householdText } from '../heating-labels'
import { FactRow } from '@/shared/ui/fact-row'
import { openDesk } from './desk-complaint'
import { MOVE_WORDS, MovePanel, type MoveDetails } from './move-panel'
import './heating.scss'

const isIncidentMove = (to: DispatcherMove): to is IncidentMove => (INCIDENT_MOVES as readonly string[]).includes(to)

/** What one move of a whole incident did: how many moved, and which were left as they were (and why). */
function resultText(to: DispatcherMove, answer: IncidentMoveAnswer): string {
  const skipped = answer.skipped.length ? `；${answer.skipped.length}条未变（${answer.skipped.map((s) => s.statusLabel).join('、')}）` : ''
  return `${MOVE_WORDS[to].done}${answer.moved.length}条${skipped}`
}

function IncidentCard({ incident: i, complaints, onChanged }: { incident: IncidentView; complaints: ComplaintView[]; onChanged: () => Promise<void> }) {
  const move = useMutation(heatingApi.transitionIncident)
  const [result, setResult] = useState('')
  const able = (to: DispatcherMove) => complaints.filter((c) => c.allowedMoves.includes(to)).length
  const moves = INCIDENT_MOVES.filter((to) => able(to) > 0)

  const onMove = async (to: DispatcherMove, details: MoveDetails) => {
    if (!isIncidentMove(to)) return false
    const { note, crew } = details
    const answer = await move.run({ incidentId: i.id, to, ...(note ? { note } : {}), ...(crew ? { crew } : {}) })
    if (!answer.ok) {
      if (answer.error.code === 'CONFLICT' || answer.error.code === 'ILLEGAL_TRANSITION') await onChanged()
      return false
    }
    const text = resultText(to, answer.data)
    setResult(text)
    void Taro.showToast({ title: text, icon: 'none' })
    await onChanged()
    return true
  }

  return (
    <DetailCard
      className={`incident-card ${i.overdue ? 'is-overdue' : ''}`}
      label={`${i.stationName}事件`}
      data={{ 'data-incident-id': i.id, 'data-status': i.status }}
      title={i.stationName}
      status={i.status === 'open' ? { label: '处理中', tone: 'progress' } : { label: '已结束', tone: 'good' }}
      figure={<Text className='key-figure nowrap incident-households'>{i.households}户</Text>}
    >
      {i.overdue && <StatusBadge tone='bad'>督办：已超时</StatusBadge>}
      <FactRow label='开始'>
        <Text className='body-text nowrap'>{shanghaiDateTime(i.openedAt)}</Text>
      </FactRow>
      {i.status === 'open' && (
        <FactRow label='并入至'>
          <Text className='body-text nowrap'>{shanghaiDateTime(i.joinUntil)}</Text>
        </FactRow>
      )}
      {i.nextDeadline && (
        <FactRow label='最近时限'>
          <Text className='body-text nowrap'>{shanghaiDateTime(i.nextDeadline)}前</Text>
        </FactRow>
      )}
      <FactRow label='派单'>
        <Text className='body-text'>{i.dispatched ? '已派单' : '未派单'}</Text>
      </FactRow>
      {complaints.length > 0 && <Text className='body-text section-title'>待办的住户（{complaints.length}）</Text>}
      {complaints.length > 0 && (
        <View className='incident-members' role='list' aria-label={`${i.stationName}待办的住户`}>
          {complaints.map((c) => (
            <View key={c.id} role='listitem' className='incident-member'>
              <Text className='body-text'>
                {householdText(c)} · {c.categoryLabel} · {c.statusLabel}
              </Text>
              <ActionButton className='open-desk' label={`办理${householdText(c)}`} onClick={() => openDesk(c.id)}>
                办理
              </ActionButton>
            </View>
          ))}
        </View>
      )}
      {/* Open incidents only, once their open complaints (from the queue) are known. */}
      {i.status === 'open' && complaints.length > 0 && (
        <View className='incident-moves'>
          <Text className='body-text section-title'>对本站每条待办一起办理</Text>
          {moves.length > 0 ? (
            <MovePanel moves={moves} onMove={onMove} pending={move.pending} error={move.error} idPrefix={`incident-${i.id}`} suffix={(to) => `（${able(to)}条）`} />
          ) : (
            // Measuring is per household: the desk of each complaint records it.
            <Text className='body-text no-moves'>本站待办都已派单。上门实测请逐户点「办理」录入。</Text>
          )}
          {result && (
            <Text className='body-text notice good incident-result' aria-live='polite'>
              {result}
            </Text>
          )}
        </View>
      )}
    </DetailCard>
  )
}

/** 站点事件: complaints of one station within the window form one incident; one move applies to each open complaint. */
export function IncidentList() {
  const incidents = useQuery(['heating.incidents'], heatingApi.incidents)
  // The open complaints say which moves each incident can still make, and who its households are.
  const open = useQuery(['heating.queue', {}], () => heatingApi.queue({}))
  const reload = async () => {
    await Promise.all([incidents.reload(), open.reload()])
  }
  return (
    <ListShell
      className='incident-list'
      query={incidents}
      loadingText='正在加载站点事件…'
      items={(data) => data.incidents}
      keyOf={(i) => i.id}
      renderItem={(i) => <IncidentCard incident={i} complaints={(open.data?.complaints ?? []).filter((c) => c.incident.id === i.id)} onChanged={reload} />}
      emptyText='最近没有站点事件。'
    />
  )
}
