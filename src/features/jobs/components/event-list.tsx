import { Fragment, useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { EventKind, JobEvent } from '@/domain/jobs/contract'
import { jobsSentences } from '@/domain/jobs/policy-sentences'
import { shanghaiDateTime } from '@/domain/date-wording'
import { useMutation } from '@/shared/api/use-mutation'
import { useQuery } from '@/shared/api/use-query'
import { MemberPicker } from '@/shared/members/member-picker'
import { ActionButton } from '@/shared/ui/action-button'
import { ListShell, Tabs } from '@/shared/ui/list-shell'
import { FormError } from '@/shared/ui/form-field'
import { StatusBadge } from '@/shared/ui/status-badge'
import { jobsApi } from '../api'
import { JOBS_PAGES } from '../routes'
import { useHasRole, useStation, useUserId } from '../use-jobs-session'
import { FactRow } from '@/shared/ui/fact-row'
import { PlaceLine } from './info-row'
import './jobs.scss'

type Tab = 'all' | EventKind

function seatsText(e: JobEvent): string {
  return e.remaining > 0 ? `余${e.remaining}席（共${e.seats}席）` : `名额已满（共${e.seats}席）`
}

function EventCard({ event: e, signedIn, onChanged }: { event: JobEvent; signedIn: boolean; onChanged: () => Promise<void> }) {
  const [open, setOpen] = useState(false)
  const [memberId, setMemberId] = useState('')
  const enroll = useMutation(jobsApi.enroll)
  const cancel = useMutation((enrollmentId: string, requestId: string) => jobsApi.cancelEnrollment(enrollmentId, requestId))
  const already = e.myEnrollments.some((m) => m.memberId === memberId)
  // Sign-up and cancelling close at the start, by the server's clock (a phone's clock may be wrong).
  const started = e.started

  const submit = async () => {
    if (!memberId || already) return
    const result = await enroll.run({ eventId: e.id, memberId })
    if (!result.ok) return
    void Taro.showToast({ title: '报名成功', icon: 'success' })
    setOpen(false)
    setMemberId('')
    await onChanged()
  }

  const confirmCancel = async (enrollmentId: string, name: string) => {
    const { confirm } = await Taro.showModal({
      title: '取消报名',
      content: `确定取消${name}「${e.title}」的报名吗？名额会让给别人。`,
      confirmText: '取消报名',
      confirmColor: '#a8071a',
      cancelText: '不取消',
    })
    if (!confirm) return
    const result = await cancel.run(enrollmentId)
    void Taro.showToast(result.ok ? { title: '已取消报名', icon: 'success' } : { title: result.error.message, icon: 'none' })
    if (result.ok) await onChanged()
  }

  return (
    <View className='card event-card' role='group' aria-label={e.title} data-event-id={e.id}>
      <View className='detail-heading'>
        <Text className='body-text posting-card-title'>{e.title}</Text>
        <StatusBadge tone={e.kind === 'fair' ? 'progress' : 'good'}>{e.kindLabel}</StatusBadge>
      </View>
      <Text className='key-figure event-when'>
        {/* Date, weekday and time each stay whole; the line may break between them. */}
        {e.whenText.split(' ').map((part, i) => (
          <Fragment key={i}>
            {i > 0 && ' '}
            <Text className='nowrap'>{part}</Text>
          </Fragment>
        ))}
      </Text>
      {e.endsAt && (
        <Text className='body-text nowrap event-ends'>结束：{shanghaiDateTime(e.endsAt)}</Text>
      )}
      <FactRow label='地点'>
        <PlaceLine place={e.place} lat={e.lat} lng={e.lng} name={e.title} />
      </FactRow>
      <FactRow label='名额'>
        <Text className={`body-text places-left ${e.remaining > 0 ? '' : 'none'}`}>{seatsText(e)}</Text>
      </FactRow>
      {e.description && (
        <FactRow label='内容'>
          <Text className='body-text'>{e.description}</Text>
        </FactRow>
      )}
      {e.myEnrollments.map((m) => (
        <FactRow key={m.enrollmentId} label='已报名' className='my-enrollment' data={{ 'data-enrollment-id': m.enrollmentId }}>
          <Text className='body-text'>{m.memberName}</Text>
          {!started ? (
            <ActionButton kind='danger' className='cancel-enrollment' label={`取消报名 ${m.memberName}`} disabled={cancel.pending} onClick={() => void confirmCancel(m.enrollmentId, m.memberName)}>
              取消报名
            </ActionButton>
          ) : null}
        </FactRow>
      ))}
      {e.enrollable ? (
        <ActionButton className='event-toggle' block onClick={() => setOpen(!open)}>
          {open ? '收起' : e.myEnrollments.length ? '为家人报名' : '报名'}
        </ActionButton>
      ) : (
        <Text className='body-text notice'>{started ? '活动已开始，不再报名' : '名额已满，请关注下一期'}</Text>
      )}
      {open && (
        <View className='event-signup'>
          <MemberPicker label='报名人' value={memberId} onChange={(member) => setMemberId(member.id)} />
          {signedIn && (
            <View>
              <FormError name='enroll' text={enroll.error?.message} />
              {!memberId && <Text className='body-text missing-reason'>请先选择报名人</Text>}
              {already && <Text className='body-text missing-reason'>已为这位家人报过名</Text>}
              <ActionButton kind='primary' block className='event-enroll' disabled={!memberId || already || enroll.pending} onClick={() => void submit()}>
                {enroll.pending ? '正在报名…' : '确认报名'}
              </ActionButton>
            </View>
          )}
        </View>
      )}
    </View>
  )
}

/** 培训和招聘会: upcoming classes and fairs, seats left, sign-up and cancelling for a family member. */
export function EventList() {
  const userId = useUserId()
  const staff = useHasRole('station_staff')
  const station = useStation()
  const [tab, setTab] = useState<Tab>('all')
  const events = useQuery(['jobs.events', tab, userId], () => jobsApi.events(tab === 'all' ? undefined : tab))
  return (
    <ListShell
      className='event-list'
      query={events}
      header={
        <View>
          <Tabs<Tab>
            tabs={[
              { key: 'all', label: '全部' },
              { key: 'training', label: '培训班' },
              { key: 'fair', label: '招聘会' },
            ]}
            active={tab}
            onChange={setTab}
          />
          {station.data && <Text className='body-text muted notice event-reminder'>报名后，{jobsSentences.reminder(station.data.policy)}（在消息中查看）。</Text>}
          {staff && (
            <ActionButton id='go-new-event' block onClick={() => void Taro.navigateTo({ url: JOBS_PAGES.newEvent })}>
              发布培训或招聘会
            </ActionButton>
          )}
        </View>
      }
      loadingText='正在加载培训和招聘会…'
      items={(data) => data.events}
      keyOf={(e) => e.id}
      renderItem={(e) => <EventCard event={e} signedIn={Boolean(userId)} onChanged={events.reload} />}
      emptyText={tab === 'fair' ? '近期没有招聘会。' : tab === 'training' ? '近期没有培训班。' : '近期没有培训班和招聘会。'}
    />
  )
}
