import { useRef } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { Text } from '@tarojs/components'
import type { ManagedPosting } from '@/domain/jobs/contract'
import { useMutation } from '@/shared/api/use-mutation'
import { useQuery } from '@/shared/api/use-query'
import { ActionButton } from '@/shared/ui/action-button'
import { DetailCard } from '@/shared/ui/detail-card'
import { ListShell } from '@/shared/ui/list-shell'
import { jobsApi } from '../api'
import { placesLeftText } from '../jobs-wording'
import { JOBS_PAGES } from '../routes'
import { useUserId } from '../use-jobs-session'
import { FactRow } from '@/shared/ui/fact-row'
import { RoleGate } from './role-gate'
import './jobs.scss'

const CLOSE_WORDS: Record<'filled' | 'withdrawn', { button: string; confirm: string; done: string }> = {
  filled: { button: '已招满，停止招聘', confirm: '标记为已招满后，岗位不再显示，还在等待的报名者会收到“未录用”通知。', done: '已标记招满' },
  withdrawn: { button: '撤回岗位', confirm: '撤回后岗位不再显示，还在等待的报名者会收到通知。', done: '已撤回' },
}

/** "报名5人：待联系2 · 已联系1 · 已录用1". */
export function applicantCountsText(p: ManagedPosting): string {
  const s = p.applicantsByStatus
  const parts = [
    ['待联系', s.applied],
    ['已联系', s.contacted],
    ['已录用', s.hired],
    ['未录用', s.declined],
    ['已撤回', s.withdrawn],
  ].filter(([, n]) => Number(n) > 0)
  return `报名${p.applicantCount}人${parts.length ? `：${parts.map(([label, n]) => `${label}${n}`).join(' · ')}` : ''}`
}

function EmployerPostingCard({ posting: p, onClose }: { posting: ManagedPosting; onClose: (status: 'filled' | 'withdrawn') => void }) {
  return (
    <DetailCard
      className='managed-posting'
      label={p.title}
      data={{ 'data-posting-id': p.id, 'data-status': p.status }}
      title={p.title}
      status={{ label: p.statusLabel, tone: p.statusTone }}
      figure={<Text className='key-figure posting-pay nowrap'>{p.payText}</Text>}
      timeline={p.timeline}
      actions={
        <>
          {p.applicantCount > 0 && (
            <ActionButton kind='primary' className='open-applicants' onClick={() => void Taro.navigateTo({ url: JOBS_PAGES.applicants(p.id) })}>
              看报名的人（{p.applicantCount}）
            </ActionButton>
          )}
          <ActionButton className='open-posting' onClick={() => void Taro.navigateTo({ url: JOBS_PAGES.posting(p.id) })}>
            查看岗位
          </ActionButton>
          {p.closeOptions.map((status) => (
            <ActionButton key={status} kind={status === 'withdrawn' ? 'danger' : 'secondary'} className={`close-${status}`} onClick={() => onClose(status)}>
              {CLOSE_WORDS[status].button}
            </ActionButton>
          ))}
        </>
      }
    >
      {p.status === 'rejected' && p.rejectionReason && <Text className='body-text bad-notice rejection-reason'>未通过原因：{p.rejectionReason}</Text>}
      {p.status === 'pending_review' && <Text className='body-text notice'>驿站审核通过后，岗位才会显示给求职的人。</Text>}
      <FactRow label='报名情况' className='applicant-counts'>
        <Text className='body-text'>{applicantCountsText(p)}</Text>
      </FactRow>
      <FactRow label='招聘人数'>
        <Text className='body-text places-left'>{placesLeftText(p)}</Text>
      </FactRow>
      <FactRow label='地点'>
        <Text className='body-text'>{p.place}</Text>
      </FactRow>
      <FactRow label='截止'>
        <Text className='body-text nowrap'>{p.validThroughText}</Text>
      </FactRow>
    </DetailCard>
  )
}

function EmployerList() {
  const userId = useUserId()
  const postings = useQuery(['jobs.myPostings', userId], () => jobsApi.myPostings())
  const close = useMutation(jobsApi.closePosting)
  const seen = useRef(false)
  useDidShow(() => {
    if (seen.current) void postings.reload()
    seen.current = true
  })

  const confirmClose = async (p: ManagedPosting, status: 'filled' | 'withdrawn') => {
    const words = CLOSE_WORDS[status]
    const { confirm } = await Taro.showModal({ title: words.button, content: `「${p.title}」：${words.confirm}`, confirmText: '确定', cancelText: '不了' })
    if (!confirm) return
    const result = await close.run({ postingId: p.id, status })
    void Taro.showToast(result.ok ? { title: words.done, icon: 'success' } : { title: result.error.message, icon: 'none' })
    if (result.ok) await postings.reload()
  }

  return (
    <ListShell
      className='employer-postings'
      query={postings}
      header={
        <ActionButton id='go-new-posting' kind='primary' block onClick={() => void Taro.navigateTo({ url: JOBS_PAGES.newPosting })}>
          发布新岗位
        </ActionButton>
      }
      title='我发布的岗位'
      loadingText='正在加载岗位…'
      items={(data) => data.postings}
      keyOf={(p) => p.id}
      renderItem={(p) => <EmployerPostingCard posting={p} onClose={(status) => void confirmClose(p, status)} />}
      emptyText='还没有发布岗位。'
    />
  )
}

/** 我的招聘: the employer's own postings with their review, applicants and closing. */
export function EmployerPostings() {
  return (
    <RoleGate roles={['employer']} signIn='请先以用工单位身份登录。' denied='这里是用工单位发布和管理岗位的地方。用工单位需先到零工驿站核实营业执照。'>
      <EmployerList />
    </RoleGate>
  )
}
