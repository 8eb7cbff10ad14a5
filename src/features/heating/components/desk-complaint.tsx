import type { ReactNode } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { ComplaintView, DispatcherMove } from '@/domain/heating/contract'
import { businessDate } from '@/domain/business-date'
import { useMutation } from '@/shared/api/use-mutation'
import { useQuery } from '@/shared/api/use-query'
import { CallButton } from '@/shared/ui/call-and-map'
import { FactRow } from '@/shared/ui/fact-row'
import { withQuery } from '@/shared/routes'
import { useSessionStore } from '@/shared/session/session-store'
import { ActionButton } from '@/shared/ui/action-button'
import { AsyncView, EmptyView, SignInPrompt } from '@/shared/ui/async-view'
import { Timeline } from '@/shared/ui/timeline'
import { heatingApi } from '../api'
import { HEATING_PAGES } from '../routes'
import { ComplaintExtras, ComplaintHeader, TemperatureCard } from './complaint-facts'
import { MOVE_WORDS, MovePanel, type MoveDetails } from './move-panel'
import './heating.scss'

const goDispatch = () => void Taro.redirectTo({ url: HEATING_PAGES.dispatch })

/** Opens one complaint on the desk (from the queue or an incident). */
export const openDesk = (complaintId: string) => void Taro.navigateTo({ url: withQuery(HEATING_PAGES.desk, { complaintId }) })

/** Who may use the desk: the heating company's dispatchers. Anyone else is told so, with a way on. */
export function DispatcherOnly({ children, what }: { children: ReactNode; what: string }) {
  const signedIn = useSessionStore((state) => state.user !== null)
  const dispatcher = useSessionStore((state) => Boolean(state.user?.roles.some((r) => r.role === 'heating_dispatcher')))
  const official = useSessionStore((state) => Boolean(state.user?.roles.some((r) => r.role === 'official')))
  if (!signedIn) return <SignInPrompt text={`请先以供热调度员身份登录，${what}。`} />
  if (dispatcher) return <>{children}</>
  return (
    <EmptyView text={`${what}仅供供热公司调度员使用。`}>
      {official ? (
        <ActionButton kind='primary' onClick={() => void Taro.redirectTo({ url: HEATING_PAGES.figures })}>
          查看供热统计
        </ActionButton>
      ) : (
        <ActionButton kind='primary' onClick={() => void Taro.redirectTo({ url: HEATING_PAGES.mine })}>
          查看我的反映
        </ActionButton>
      )}
    </EmptyView>
  )
}

/** The resident's phone in full, with 拨打: only on this screen (domain.md's staff exception), never in a list. */
function ResidentPhone({ complaint: c }: { complaint: ComplaintView }) {
  const phone = c.phone ?? c.phoneMasked
  return (
    <View className='card resident-phone'>
      <FactRow label='居民电话'>
        <Text className='key-figure nowrap resident-phone-number'>{phone}</Text>
        {c.phone && (
          <CallButton id='call-resident' kind='primary' phone={c.phone} text='拨打居民电话' />
        )}
      </FactRow>
      <Text className='body-text muted'>仅用于上门联系，请勿外传。</Text>
    </View>
  )
}

function DeskBody({ complaint: c, onChanged, reload }: { complaint: ComplaintView; onChanged: (c: ComplaintView) => void; reload: () => Promise<void> }) {
  const move = useMutation(heatingApi.transition)
  const onMove = async (to: DispatcherMove, details: MoveDetails) => {
    const result = await move.run({ complaintId: c.id, to, ...details })
    if (result.ok) {
      void Taro.showToast({ title: MOVE_WORDS[to].done, icon: 'success' })
      // A move answers with phones masked, as every answer but `detail` does: read the desk's view again.
      onChanged(result.data)
      await reload()
      return true
    }
    // Someone else moved it first: show where it stands now, with the reason above the buttons.
    if (result.error.code === 'CONFLICT' || result.error.code === 'ILLEGAL_TRANSITION') await reload()
    return false
  }
  return (
    <View className='desk-complaint'>
      <ComplaintHeader complaint={c} />
      <ResidentPhone complaint={c} />
      <View className='card desk-moves'>
        <Text className='body-text section-title'>办理</Text>
        <MovePanel moves={c.allowedMoves} onMove={onMove} pending={move.pending} error={move.error} since={businessDate(new Date(c.submittedAt))} />
      </View>
      <TemperatureCard complaint={c} />
      <ComplaintExtras complaint={c} staff />
      {c.rating && (
        <View className='card'>
          <FactRow label='居民评价'>
            <Text className='body-text'>
              {c.rating.score}分{c.rating.comment ? `：${c.rating.comment}` : ''}
            </Text>
          </FactRow>
        </View>
      )}
      <View className='card'>
        <Timeline entries={c.timeline} />
      </View>
      <ActionButton id='back-to-dispatch' block onClick={goDispatch}>
        回到调度台
      </ActionButton>
    </View>
  )
}

/** One complaint on the dispatcher's desk (the page the 督办 notices link to). */
export function DeskComplaint({ complaintId }: { complaintId: string }) {
  return (
    <DispatcherOnly what='办理反映'>
      <DeskComplaintLoaded complaintId={complaintId} />
    </DispatcherOnly>
  )
}

function DeskComplaintLoaded({ complaintId }: { complaintId: string }) {
  const detail = useQuery(['heating.detail', complaintId], () => heatingApi.detail(complaintId), { enabled: Boolean(complaintId) })
  if (!complaintId) {
    return (
      <EmptyView text='没有指定要办理的反映，请从调度台选择。'>
        <ActionButton kind='primary' onClick={goDispatch}>
          打开调度台
        </ActionButton>
      </EmptyView>
    )
  }
  return (
    <AsyncView query={detail} loadingText='正在加载反映…'>
      {(c) => <DeskBody complaint={c} onChanged={(next) => detail.setData(() => next)} reload={detail.reload} />}
    </AsyncView>
  )
}
