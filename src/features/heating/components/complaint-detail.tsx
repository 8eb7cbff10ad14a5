import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { ComplaintView } from '@/domain/heating/contract'
import { useQuery } from '@/shared/api/use-query'
import { useSessionStore } from '@/shared/session/session-store'
import { ActionButton } from '@/shared/ui/action-button'
import { AsyncView, EmptyView, SignInPrompt } from '@/shared/ui/async-view'
import { Timeline } from '@/shared/ui/timeline'
import { heatingApi } from '../api'
import { HEATING_PAGES } from '../routes'
import { CompanyLine, ComplaintExtras, ComplaintHeader, TemperatureCard } from './complaint-facts'
import { ResidentActions } from './resident-actions'
import './heating.scss'

/** What the resident reads right after sending: the station's incident, and the limits that now run. */
function SentNotice({ complaint: c }: { complaint: ComplaintView }) {
  return (
    <View className='card sent-notice' role='group' aria-label='已提交反映' aria-live='polite'>
      <Text className='key-figure sent-title'>已提交反映</Text>
      {c.incident.sentence && <Text className='body-text sent-incident'>{c.incident.sentence}</Text>}
      <Text className='body-text sent-deadlines'>办理时限：{c.deadlineSentence}</Text>
      <Text className='body-text muted'>每一步进展都会在「消息」里通知您。</Text>
    </View>
  )
}

function goMine() {
  void Taro.redirectTo({ url: HEATING_PAGES.mine })
}

/** One complaint for its owner (the page the notices link to): where it stands, the temperatures, the timeline, and what the resident can do now. */
export function ComplaintDetail({ complaintId, sent = false }: { complaintId: string; sent?: boolean }) {
  const signedIn = useSessionStore((state) => state.user !== null)
  const detail = useQuery(['heating.detail', complaintId], () => heatingApi.detail(complaintId), { enabled: signedIn && Boolean(complaintId) })

  if (!signedIn) return <SignInPrompt text='请先登录，查看您反映的供热问题。' />
  if (!complaintId) {
    return (
      <EmptyView text='没有指定要查看的反映。'>
        <ActionButton kind='primary' onClick={goMine}>
          查看我的反映
        </ActionButton>
      </EmptyView>
    )
  }
  return (
    <AsyncView query={detail} loadingText='正在加载反映…'>
      {(c) => (
        <View className='complaint-detail'>
          {sent && <SentNotice complaint={c} />}
          <ComplaintHeader complaint={c} showIncident={!sent} />
          {/* The result first (the measurement, the refund), then what the resident can do about it. */}
          <TemperatureCard complaint={c} />
          <ResidentActions complaint={c} onChanged={(next) => detail.setData(() => next)} />
          <ComplaintExtras complaint={c} />
          <View className='card'>
            <Timeline entries={c.timeline} />
          </View>
          <CompanyLine complaint={c} />
          <ActionButton id='go-my-complaints' block onClick={goMine}>
            我的全部反映
          </ActionButton>
        </View>
      )}
    </AsyncView>
  )
}
