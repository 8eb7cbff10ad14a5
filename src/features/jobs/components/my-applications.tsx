import { useRef } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { Text } from '@tarojs/components'
import type { ApplicationView } from '@/domain/jobs/contract'
import { useMutation } from '@/shared/api/use-mutation'
import { useQuery } from '@/shared/api/use-query'
import { ActionButton } from '@/shared/ui/action-button'
import { DetailCard } from '@/shared/ui/detail-card'
import { ListShell } from '@/shared/ui/list-shell'
import { jobsApi } from '../api'
import { JOBS_PAGES } from '../routes'
import { useUserId } from '../use-jobs-session'
import { FactRow } from '@/shared/ui/fact-row'
import { ContactRow } from './info-row'
import './jobs.scss'

/** What the seeker should do next, in a sentence, by status. */
const NEXT_STEP: Record<ApplicationView['status'], string> = {
  applied: '已报名，等用工单位联系您。也可以直接打电话问。',
  contacted: '用工单位已联系您。请按电话里约定的时间到岗，有疑问可以回拨。',
  hired: '已录用，请按约定时间到岗。',
  declined: '这次没有录用，可以再找找其他岗位。',
  withdrawn: '您已撤回报名。',
}

/** "李向东 小区保洁员（日结）": tells one family's applications apart. */
export const applicationLabel = (a: ApplicationView) => `${a.memberName} ${a.posting.title}`

function ApplicationCard({ application: a, onWithdraw }: { application: ApplicationView; onWithdraw: () => void }) {
  return (
    <DetailCard
      className='application-card'
      label={applicationLabel(a)}
      data={{ 'data-application-id': a.id, 'data-status': a.status }}
      title={a.posting.title}
      status={{ label: a.statusLabel, tone: a.statusTone }}
      figure={<Text className='key-figure posting-pay nowrap'>{a.posting.payText}</Text>}
      timeline={a.timeline}
      actions={
        <>
          <ActionButton className='open-posting' onClick={() => void Taro.navigateTo({ url: JOBS_PAGES.posting(a.postingId) })}>
            查看岗位
          </ActionButton>
          {a.canWithdraw && (
            <ActionButton kind='danger' className='withdraw-application' onClick={onWithdraw}>
              撤回报名
            </ActionButton>
          )}
        </>
      }
    >
      <Text className='body-text notice next-step'>{NEXT_STEP[a.status]}</Text>
      {a.contact && (
        <ContactRow className='application-contact' name={a.contact.name} phone={a.contact.phone} />
      )}
      <FactRow label='求职人'>
        <Text className='body-text'>{a.memberName}</Text>
      </FactRow>
      <FactRow label='用工单位'>
        <Text className='body-text'>{a.posting.employerName}</Text>
      </FactRow>
      <FactRow label='工作地点'>
        <Text className='body-text'>{a.posting.place}</Text>
      </FactRow>
      {a.posting.status !== 'published' && (
        <FactRow label='岗位状态'>
          <Text className='body-text'>{a.posting.statusLabel}</Text>
        </FactRow>
      )}
    </DetailCard>
  )
}

/** 我的报名: every application of the family, its status and steps, the employer's phone while it is live. */
export function MyApplications() {
  const userId = useUserId()
  const mine = useQuery(['jobs.myApplications', userId], () => jobsApi.myApplications(), { enabled: Boolean(userId) })
  const withdraw = useMutation((applicationId: string, requestId: string) => jobsApi.withdraw(applicationId, requestId))
  const seen = useRef(false)

  // Back on this screen (from a posting, or after the employer called): read it again.
  useDidShow(() => {
    if (seen.current) void mine.reload()
    seen.current = true
  })

  const confirmWithdraw = async (a: ApplicationView) => {
    const { confirm } = await Taro.showModal({
      title: '撤回报名',
      content: `确定撤回${a.memberName}对「${a.posting.title}」的报名吗？撤回后在岗位截止前还可以再报名。`,
      confirmText: '撤回',
      confirmColor: '#a8071a',
      cancelText: '不撤回',
    })
    if (!confirm) return
    const result = await withdraw.run(a.id)
    void Taro.showToast(result.ok ? { title: '已撤回', icon: 'success' } : { title: result.error.message, icon: 'none' })
    if (result.ok) await mine.reload()
  }

  return (
    <ListShell
      className='my-applications'
      query={mine}
      signIn='请先登录，查看您和家人的报名。'
      loadingText='正在加载报名…'
      items={(data) => data.applications}
      keyOf={(a) => a.id}
      renderItem={(a) => <ApplicationCard application={a} onWithdraw={() => void confirmWithdraw(a)} />}
      emptyText='还没有报名。找到合适的岗位后点“报名”，进度会显示在这里。'
      emptyAction={
        <ActionButton kind='primary' onClick={() => void Taro.redirectTo({ url: JOBS_PAGES.search })}>
          去找活
        </ActionButton>
      }
    />
  )
}
