import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { PostingView } from '@/domain/jobs/contract'
import { holdsContact } from '@/domain/jobs/application-workflow'
import { ageRangeText } from '@/domain/jobs/posting-rules'
import { jobsSentences } from '@/domain/jobs/policy-sentences'
import { useMutation } from '@/shared/api/use-mutation'
import { useQuery } from '@/shared/api/use-query'
import { MemberPicker } from '@/shared/members/member-picker'
import { ActionButton } from '@/shared/ui/action-button'
import { AsyncView, EmptyView } from '@/shared/ui/async-view'
import { DetailCard } from '@/shared/ui/detail-card'
import { FormError } from '@/shared/ui/form-field'
import { UnbrokenTimes } from '@/shared/ui/unbroken-times'
import { jobsApi } from '../api'
import { placesLeftText } from '../jobs-wording'
import { JOBS_PAGES } from '../routes'
import { useUserId } from '../use-jobs-session'
import { FactRow } from '@/shared/ui/fact-row'
import { ContactRow, PlaceLine } from './info-row'
import './jobs.scss'

/** Everything a seeker decides on: pay, place, dates and hours, requirements, the employer. */
export function PostingFacts({ posting: p }: { posting: PostingView }) {
  return (
    <>
      <FactRow label='用工单位' className='posting-employer'>
        <Text className='body-text'>{p.employerName}</Text>
        {p.employer.verified && <Text className='body-text muted'>驿站已核实营业执照</Text>}
      </FactRow>
      <FactRow label='工种' className='posting-kind'>
        <Text className='body-text'>
          {p.categoryLabel} · {p.typeLabel}
        </Text>
      </FactRow>
      <FactRow label='招聘人数' className='posting-headcount'>
        <Text className='body-text places-left'>{placesLeftText(p)}</Text>
      </FactRow>
      {p.workDatesText && (
        <FactRow label='工作日期' className='posting-work-dates'>
          <Text className='body-text'>{p.workDatesText}</Text>
        </FactRow>
      )}
      {p.workHours && (
        <FactRow label='工作时间' className='posting-work-hours'>
          <Text className='body-text'>
            <UnbrokenTimes text={p.workHours} />
          </Text>
        </FactRow>
      )}
      <FactRow label='工作地点' className='posting-place'>
        <PlaceLine id='posting-map' place={p.place} lat={p.lat} lng={p.lng} name={p.title} />
      </FactRow>
      <FactRow label='要求' className='posting-requirements'>
        {p.requirements.text ? (
          <>
            {ageRangeText(p.requirements.minAge, p.requirements.maxAge) && (
              <Text className='body-text nowrap posting-age'>年龄：{ageRangeText(p.requirements.minAge, p.requirements.maxAge)}</Text>
            )}
            {p.requirements.skills.length > 0 && (
              <View className='tag-list' aria-label='技能'>
                {p.requirements.skills.map((skill) => (
                  <Text key={skill} className='body-text tag'>
                    {skill}
                  </Text>
                ))}
              </View>
            )}
            {p.requirements.note && <Text className='body-text'>{p.requirements.note}</Text>}
          </>
        ) : (
          <Text className='body-text'>没有特别要求</Text>
        )}
      </FactRow>
      {p.description && (
        <FactRow label='工作内容' className='posting-description'>
          <Text className='body-text'>
            <UnbrokenTimes text={p.description} />
          </Text>
        </FactRow>
      )}
      <FactRow label='报名截止' className='posting-valid'>
        <Text className='body-text nowrap'>{p.validThroughText}</Text>
      </FactRow>
    </>
  )
}

/** The employer's contact: in full with 拨打电话 once the caller applied (the server decides), else why not yet. */
function ContactCard({ posting: p }: { posting: PostingView }) {
  return (
    <View className='card posting-contact' role='group' aria-label='联系方式'>
      <Text className='body-text section-title'>联系方式</Text>
      {p.contact ? (
        <ContactRow id='call-employer' name={p.contact.name} phone={p.contact.phone} />
      ) : (
        <Text className='body-text contact-hidden'>{jobsSentences.contactAfterApplying}</Text>
      )}
    </View>
  )
}

function ApplyCard({ posting: p, onApplied }: { posting: PostingView; onApplied: () => Promise<void> }) {
  const [memberId, setMemberId] = useState('')
  const signedIn = Boolean(useUserId())
  const apply = useMutation(jobsApi.apply)
  const live = p.myApplications.filter((a) => holdsContact(a.status))
  const already = live.find((a) => a.memberId === memberId)

  const submit = async () => {
    if (!memberId || already) return
    const result = await apply.run({ postingId: p.id, memberId })
    if (!result.ok) return
    void Taro.showToast({ title: '报名成功', icon: 'success' })
    // Done for this member; the picker is free for another one of the family.
    setMemberId('')
    await onApplied()
  }

  return (
    <View className='card apply-card' role='group' aria-label='报名'>
      <Text className='body-text section-title'>报名</Text>
      {live.map((a) => (
        <Text key={a.applicationId} className='body-text notice good member-applied'>
          {a.memberName}：{a.statusLabel}
        </Text>
      ))}
      <MemberPicker label='求职人' value={memberId} onChange={(member) => setMemberId(member.id)} />
      {signedIn && (
        <View>
          <FormError name='apply' text={apply.error?.message} />
          {!memberId && <Text className='body-text missing-reason'>请先选择求职人</Text>}
          {already && (
            <Text className='body-text missing-reason'>
              {already.memberName}已报名这个岗位，进度在“我的报名”里
            </Text>
          )}
          <ActionButton id='apply-submit' kind='primary' block disabled={!memberId || Boolean(already) || apply.pending} onClick={() => void submit()}>
            {apply.pending ? '正在报名…' : '报名'}
          </ActionButton>
        </View>
      )}
      {live.length > 0 && (
        <ActionButton id='go-my-applications' block onClick={() => void Taro.navigateTo({ url: JOBS_PAGES.myApplications })}>
          查看我的报名
        </ActionButton>
      )}
    </View>
  )
}

function PostingBody({ posting: p, reload }: { posting: PostingView; reload: () => Promise<void> }) {
  return (
    <View className='posting-detail'>
      <DetailCard
        className='posting-main'
        label={p.title}
        data={{ 'data-posting-id': p.id, 'data-status': p.status }}
        title={p.title}
        status={{ label: p.statusLabel, tone: p.statusTone }}
        figure={<Text className='key-figure posting-pay nowrap'>{p.payText}</Text>}
      >
        {p.rejectionReason && <Text className='body-text bad-notice rejection-reason'>未通过审核：{p.rejectionReason}</Text>}
        <PostingFacts posting={p} />
      </DetailCard>
      <ContactCard posting={p} />
      {p.canApply ? (
        <ApplyCard posting={p} onApplied={reload} />
      ) : (
        <View className='card posting-closed' role='group' aria-label='不能报名'>
          <Text className='body-text notice closed-reason'>{p.closedReason ?? '该岗位暂不接受报名'}</Text>
          <ActionButton id='back-to-search' block onClick={() => void Taro.redirectTo({ url: JOBS_PAGES.search })}>
            找其他岗位
          </ActionButton>
        </View>
      )}
    </View>
  )
}

/** A posting by its id from the route, so a shared link or a message opens it again. */
export function PostingDetail({ postingId }: { postingId: string }) {
  const userId = useUserId()
  // Who is asking changes the answer (the contact, their applications): a new sign-in asks again.
  const posting = useQuery(['jobs.detail', postingId, userId], () => jobsApi.detail(postingId), { enabled: Boolean(postingId) })
  if (!postingId || posting.error?.code === 'NOT_FOUND') {
    return (
      <EmptyView text='没有找到这个岗位，可能还在审核，或已被撤下。'>
        <ActionButton kind='primary' onClick={() => void Taro.redirectTo({ url: JOBS_PAGES.search })}>
          去找活
        </ActionButton>
      </EmptyView>
    )
  }
  return (
    <AsyncView query={posting} loadingText='正在加载岗位…'>
      {(p) => <PostingBody posting={p} reload={posting.reload} />}
    </AsyncView>
  )
}
