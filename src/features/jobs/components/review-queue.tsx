import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Input, Text, View } from '@tarojs/components'
import type { ManagedPosting } from '@/domain/jobs/contract'
import { shanghaiDateTime } from '@/domain/date-wording'
import { useMutation } from '@/shared/api/use-mutation'
import { useQuery } from '@/shared/api/use-query'
import { ActionButton } from '@/shared/ui/action-button'
import { DetailCard } from '@/shared/ui/detail-card'
import { FormField } from '@/shared/ui/form-field'
import { ListShell } from '@/shared/ui/list-shell'
import { jobsApi } from '../api'
import { ContactRow } from './info-row'
import { PostingFacts } from './posting-detail'
import { RoleGate } from './role-gate'
import './jobs.scss'

function ReviewCard({ posting: p, onReviewed }: { posting: ManagedPosting; onReviewed: () => Promise<void> }) {
  const [rejecting, setRejecting] = useState(false)
  const [reason, setReason] = useState('')
  const review = useMutation(jobsApi.review)
  const tooShort = reason.trim().length < 2

  const decide = async (approve: boolean) => {
    const result = await review.run(approve ? { postingId: p.id, approve } : { postingId: p.id, approve, reason: reason.trim() })
    if (!result.ok) {
      void Taro.showToast({ title: result.error.message, icon: 'none' })
      return
    }
    void Taro.showToast({ title: approve ? '已通过，已发布' : '已退回', icon: 'success' })
    await onReviewed()
  }

  return (
    <DetailCard
      className='review-card'
      label={p.title}
      data={{ 'data-posting-id': p.id }}
      title={p.title}
      status={{ label: p.statusLabel, tone: p.statusTone }}
      figure={<Text className='key-figure posting-pay nowrap'>{p.payText}</Text>}
      actions={
        <>
          <ActionButton kind='primary' className='review-approve' label={`通过 ${p.title}`} disabled={review.pending} onClick={() => void decide(true)}>
            通过并发布
          </ActionButton>
          <ActionButton kind='danger' className='review-reject-open' onClick={() => setRejecting(!rejecting)}>
            {rejecting ? '收起' : '不通过'}
          </ActionButton>
        </>
      }
    >
      <Text className='body-text muted'>提交于 {shanghaiDateTime(p.createdAt)}</Text>
      <PostingFacts posting={p} />
      {p.contact && <ContactRow name={p.contact.name} phone={p.contact.phone} />}
      {rejecting && (
        <View className='review-reject'>
          <FormField label='不通过的原因（用工单位会看到）' name='review-reason' error={review.error?.fields.reason}>
            {({ nativeProps }) => (
              <Input className='body-text field-input review-reason' nativeProps={nativeProps} value={reason} maxlength={200} placeholder='如：工资与工作时间描述不一致' onInput={(e) => setReason(e.detail.value)} />
            )}
          </FormField>
          {tooShort && <Text className='body-text missing-reason'>请写明原因，用工单位才知道怎么改</Text>}
          <ActionButton kind='danger' block className='review-reject-submit' disabled={tooShort || review.pending} onClick={() => void decide(false)}>
            退回给用工单位
          </ActionButton>
        </View>
      )}
    </DetailCard>
  )
}

function Queue() {
  const queue = useQuery(['jobs.reviewQueue'], () => jobsApi.reviewQueue())
  return (
    <ListShell
      className='review-queue'
      query={queue}
      title={queue.data ? `待审核（${queue.data.postings.length}），先交的在前` : '待审核'}
      header={<Text className='body-text muted notice'>核对用工单位、工资、地点和要求是否真实一致。虚假岗位会伤害求职的人。</Text>}
      loadingText='正在加载待审核岗位…'
      items={(data) => data.postings}
      keyOf={(p) => p.id}
      renderItem={(p) => <ReviewCard posting={p} onReviewed={queue.reload} />}
      emptyText='没有待审核的岗位。'
    />
  )
}

/** 岗位审核: the station's queue of new postings, oldest first; approve, or send back with a reason. */
export function ReviewQueue() {
  return (
    <RoleGate roles={['station_staff']} signIn='请先以驿站工作人员身份登录。' denied='岗位审核由零工驿站工作人员办理。'>
      <Queue />
    </RoleGate>
  )
}
