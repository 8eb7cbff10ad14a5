import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { FreeClinic, FreeClinicSignup } from '@/domain/clinic/contract'
import { monthDay, timeRange, weekday } from '@/domain/date-wording'
import { useMutation } from '@/shared/api/use-mutation'
import { useQuery } from '@/shared/api/use-query'
import { MemberPicker } from '@/shared/members/member-picker'
import { useSessionStore } from '@/shared/session/session-store'
import { ActionButton } from '@/shared/ui/action-button'
import { AsyncView, ErrorView } from '@/shared/ui/async-view'
import { FormError } from '@/shared/ui/form-field'
import { clinicApi } from '../api'
import './clinic.scss'

function FreeClinicCard({ clinic, signedIn, onSignedUp }: { clinic: FreeClinic; signedIn: boolean; onSignedUp: () => Promise<void> }) {
  const [open, setOpen] = useState(false)
  const [memberId, setMemberId] = useState('')
  const signUp = useMutation(clinicApi.signUpFreeClinic)
  const full = clinic.remaining <= 0

  const submit = async () => {
    if (!memberId) return
    const result = await signUp.run({ freeClinicId: clinic.id, memberId })
    if (!result.ok) return
    void Taro.showToast({ title: '报名成功', icon: 'success' })
    setOpen(false)
    await onSignedUp()
  }

  return (
    <View id={`free-clinic-${clinic.id}`} className='card free-clinic-card'>
      <Text className='body-text choice-name'>{clinic.title}</Text>
      <Text className='key-figure summary-line free-clinic-when'>
        <Text className='nowrap'>{monthDay(clinic.date)}</Text> {weekday(clinic.date)} <Text className='nowrap'>{timeRange(clinic.start, clinic.end)}</Text>
      </Text>
      <Text className='body-text muted summary-line'>{clinic.place}</Text>
      <Text className='key-figure free-clinic-remaining'>{full ? '名额已满' : `余${clinic.remaining}席`}</Text>
      <ActionButton className='free-clinic-toggle' onClick={() => setOpen(!open)}>
        {open ? '收起' : '详情与报名'}
      </ActionButton>
      {open && (
        <View className='free-clinic-detail'>
          <Text className='body-text summary-line'>专家来自：{clinic.expertsFrom}</Text>
          <Text className='body-text summary-line'>科室：{clinic.departments.join('、')}</Text>
          <Text className='body-text summary-line'>{clinic.description}</Text>
          <Text className='body-text muted summary-line'>共{clinic.seats}席，免费报名</Text>
          {!full && (
            <View>
              <MemberPicker label='就诊人' value={memberId} onChange={(member) => setMemberId(member.id)} />
              {signedIn && (
                <View>
                  <FormError name='signup' text={signUp.error?.message} />
                  {!memberId && <Text className='body-text signup-missing'>请先选择就诊人</Text>}
                  <ActionButton kind='primary' block className='free-clinic-signup' disabled={!memberId || signUp.pending} onClick={() => void submit()}>
                    {signUp.pending ? '正在报名…' : '报名'}
                  </ActionButton>
                </View>
              )}
            </View>
          )}
        </View>
      )}
    </View>
  )
}

/** 专家义诊: upcoming free clinics with seats left, sign-up for a family member, 我的报名. */
export function FreeClinicList() {
  const userId = useSessionStore((state) => state.user?.id)
  const clinics = useQuery(['clinic.freeClinics'], () => clinicApi.freeClinics())
  const signups = useQuery(['clinic.mySignups', userId], () => clinicApi.mySignups(), { enabled: Boolean(userId) })
  const cancel = useMutation((signupId: string, requestId: string) => clinicApi.cancelFreeClinicSignup(signupId, requestId))

  const reload = async () => {
    await Promise.all([clinics.reload(), userId ? signups.reload() : Promise.resolve()])
  }

  const confirmCancel = async (signup: FreeClinicSignup) => {
    const { confirm } = await Taro.showModal({
      title: '取消报名',
      content: `确定取消${signup.memberName}「${signup.freeClinic.title}」的报名吗？`,
      confirmText: '取消报名',
      cancelText: '不取消',
    })
    if (!confirm) return
    const result = await cancel.run(signup.signupId)
    void Taro.showToast(result.ok ? { title: '已取消报名', icon: 'success' } : { title: result.error.message, icon: 'none' })
    if (result.ok) await reload()
  }

  return (
    <View className='free-clinic-list'>
      {signups.status === 'error' && signups.error && <ErrorView error={signups.error} onRetry={() => void signups.reload()} />}
      {signups.data && signups.data.signups.length > 0 && (
        <View role='group' aria-label='我的报名' className='my-signups'>
          <Text className='body-text section-title'>我的报名</Text>
          {signups.data.signups.map((s) => (
            <View key={s.signupId} className='card signup-card' data-signup-id={s.signupId}>
              <Text className='body-text choice-name'>{s.memberName}</Text>
              <Text className='body-text summary-line'>{s.freeClinic.title}</Text>
              <Text className='body-text summary-line'>
                <Text className='nowrap'>{monthDay(s.freeClinic.date)}</Text> <Text className='nowrap'>{timeRange(s.freeClinic.start, s.freeClinic.end)}</Text> {s.freeClinic.place}
              </Text>
              <View className='action-row'>
                <ActionButton kind='danger' className='cancel-signup' onClick={() => void confirmCancel(s)}>
                  取消报名
                </ActionButton>
              </View>
            </View>
          ))}
        </View>
      )}
      <Text className='body-text section-title'>近期义诊</Text>
      <AsyncView query={clinics} loadingText='正在加载义诊…' isEmpty={(data) => data.freeClinics.length === 0} emptyText='近期没有义诊安排。'>
        {(data) => (
          <View>
            {data.freeClinics.map((c) => (
              <FreeClinicCard key={c.id} clinic={c} signedIn={Boolean(userId)} onSignedUp={reload} />
            ))}
          </View>
        )}
      </AsyncView>
    </View>
  )
}
