import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { ApplicantView, EmployerMove } from '@/domain/jobs/contract'
import { monthDay } from '@/domain/date-wording'
import { businessDate } from '@/domain/business-date'
import { useMutation } from '@/shared/api/use-mutation'
import { useQuery } from '@/shared/api/use-query'
import { ActionButton } from '@/shared/ui/action-button'
import { AsyncView } from '@/shared/ui/async-view'
import { DetailCard } from '@/shared/ui/detail-card'
import { ListShell } from '@/shared/ui/list-shell'
import { jobsApi } from '../api'
import { applicantPersonText, placesLeftText } from '../jobs-wording'
import { FactRow } from '@/shared/ui/fact-row'
import { PhoneLine } from './info-row'
import { RoleGate } from './role-gate'
import './jobs.scss'

/** The employer's words for each move the status table allows; hiring and declining ask first. */
const MOVES: Record<EmployerMove, { label: string; done: string; kind: 'primary' | 'secondary' | 'danger'; confirm?: (name: string) => string }> = {
  contacted: { label: '记为已联系', done: '已记为已联系', kind: 'primary' },
  hired: { label: '录用', done: '已录用', kind: 'primary', confirm: (name) => `确定录用${name}吗？${name}会收到录用通知。` },
  declined: { label: '不录用', done: '已记为未录用', kind: 'danger', confirm: (name) => `确定不录用${name}吗？${name}会收到通知。` },
}

function ApplicantCard({ applicant: a, onMove, busy }: { applicant: ApplicantView; onMove: (move: EmployerMove) => void; busy: boolean }) {
  const r = a.registration
  // The server sends the phone in full only to the posting's own employer (masked to station staff).
  const fullPhone = a.phone !== a.phoneMasked
  return (
    <DetailCard
      className='applicant-card'
      label={`${a.memberName} ${a.statusLabel}`}
      data={{ 'data-application-id': a.id, 'data-status': a.status }}
      title={a.memberName}
      status={{ label: a.statusLabel, tone: a.statusTone }}
      timeline={a.timeline}
      actions={
        a.allowedMoves.length > 0 ? (
          <>
            {a.allowedMoves.map((move) => (
              <ActionButton key={move} kind={MOVES[move].kind} className={`move-${move}`} label={`${MOVES[move].label} ${a.memberName}`} disabled={busy} onClick={() => onMove(move)}>
                {MOVES[move].label}
              </ActionButton>
            ))}
          </>
        ) : undefined
      }
    >
      <FactRow label='本人'>
        <Text className='body-text'>{applicantPersonText(a)}</Text>
      </FactRow>
      <FactRow label='电话' className='applicant-phone'>
        {fullPhone ? (
          <PhoneLine phone={a.phone} label={a.memberName} />
        ) : (
          <Text className='body-text nowrap'>{a.phoneMasked}（只有发布岗位的单位能看到完整号码）</Text>
        )}
      </FactRow>
      <FactRow label='报名日期'>
        <Text className='body-text nowrap'>{monthDay(businessDate(new Date(a.appliedAt)))}</Text>
      </FactRow>
      {r ? (
        <>
          {r.skills.length > 0 && (
            <FactRow label='会什么'>
              <View className='tag-list'>
                {r.skills.map((skill) => (
                  <Text key={skill} className='body-text tag'>
                    {skill}
                  </Text>
                ))}
              </View>
            </FactRow>
          )}
          {r.categoryLabels.length > 0 && (
            <FactRow label='想干'>
              <Text className='body-text'>{r.categoryLabels.join('、')}</Text>
            </FactRow>
          )}
          <FactRow label='时间'>
            <Text className='body-text'>{r.availability}</Text>
          </FactRow>
          <FactRow label='地区'>
            <Text className='body-text'>{r.area}</Text>
          </FactRow>
        </>
      ) : (
        <Text className='body-text muted'>没有做求职登记。</Text>
      )}
      {a.allowedMoves.includes('declined') && !a.allowedMoves.includes('hired') && a.status === 'applied' && (
        <Text className='body-text muted'>先打电话联系，再决定是否录用。</Text>
      )}
    </DetailCard>
  )
}

function Applicants({ postingId }: { postingId: string }) {
  const posting = useQuery(['jobs.detail', postingId], () => jobsApi.detail(postingId))
  const list = useQuery(['jobs.applicants', postingId], () => jobsApi.applicants(postingId))
  const move = useMutation(jobsApi.setApplicationStatus)

  const run = async (a: ApplicantView, to: EmployerMove) => {
    const words = MOVES[to]
    if (words.confirm) {
      const { confirm } = await Taro.showModal({ title: words.label, content: words.confirm(a.memberName), confirmText: '确定', cancelText: '不了' })
      if (!confirm) return
    }
    const result = await move.run({ applicationId: a.id, status: to })
    void Taro.showToast(result.ok ? { title: words.done, icon: 'success' } : { title: result.error.message, icon: 'none' })
    if (result.ok) await Promise.all([list.reload(), posting.reload()])
  }

  return (
    <View className='applicants'>
      <AsyncView query={posting} loadingText='正在加载岗位…'>
        {(p) => (
          <View className='card applicants-posting' role='group' aria-label={p.title}>
            <Text className='body-text posting-card-title'>{p.title}</Text>
            <Text className='key-figure posting-pay nowrap'>{p.payText}</Text>
            <Text className='body-text places-left'>{placesLeftText(p)}</Text>
          </View>
        )}
      </AsyncView>
      <ListShell
        query={list}
        title='报名的人'
        loadingText='正在加载报名的人…'
        items={(data) => data.applications}
        keyOf={(a) => a.id}
        renderItem={(a) => <ApplicantCard applicant={a} busy={move.pending} onMove={(to) => void run(a, to)} />}
        emptyText='还没有人报名。'
      />
    </View>
  )
}

/** 报名的人 of one posting: for its own employer (phones in full, to call) and the station (masked). */
export function ApplicantList({ postingId }: { postingId: string }) {
  return (
    <RoleGate roles={['employer', 'station_staff']} signIn='请先以用工单位身份登录。' denied='只有发布岗位的用工单位和零工驿站能看到报名的人。'>
      <Applicants postingId={postingId} />
    </RoleGate>
  )
}
