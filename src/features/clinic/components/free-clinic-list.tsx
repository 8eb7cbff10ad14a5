import { useCallback, useEffect, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { ApiError, errorMessage } from '@/shared/api/api-error'
import { createRequestId } from '@/shared/api/request-id'
import { useSessionStore } from '@/shared/session/session-store'
import { EmptyState, ErrorState, LoadingState } from '@/shared/ui/async-state'
import type { LoadStatus } from '@/shared/ui/load-status'
import { clinicApi, type FreeClinic, type FreeClinicSignup } from '../api'
import { monthDay, weekday } from '../clinic-labels'
import { usePatients } from '../use-patients'
import './clinic.scss'

function FreeClinicCard({
  clinic,
  signedIn,
  onSignUp,
}: {
  clinic: FreeClinic
  signedIn: boolean
  onSignUp: (clinic: FreeClinic, memberId: string, requestId: string) => Promise<string | null>
}) {
  const [open, setOpen] = useState(false)
  const [memberId, setMemberId] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  const patients = usePatients()
  const requestId = useRef<string | null>(null)

  const expand = () => {
    setOpen(!open)
    if (!open && signedIn && patients.status === 'idle') void patients.load()
  }

  const submit = async () => {
    if (!memberId || busy) return
    requestId.current ??= createRequestId()
    setBusy(true)
    setError('')
    const failure = await onSignUp(clinic, memberId, requestId.current)
    setBusy(false)
    if (failure === null) {
      requestId.current = null
      setOpen(false)
    } else {
      setError(failure)
    }
  }

  const full = clinic.remaining <= 0
  return (
    <View id={`free-clinic-${clinic.id}`} className='card free-clinic-card'>
      <Text className='body-text choice-name'>{clinic.title}</Text>
      <Text className='body-text summary-line'>
        {monthDay(clinic.date)} {weekday(clinic.date)} {clinic.start}-{clinic.end}
      </Text>
      <Text className='body-text muted summary-line'>{clinic.place}</Text>
      <Text className='key-figure free-clinic-remaining'>{full ? '名额已满' : `余${clinic.remaining}席`}</Text>
      <Button className='btn tappable free-clinic-toggle' onClick={expand}>
        {open ? '收起' : '详情与报名'}
      </Button>
      {open && (
        <View className='free-clinic-detail'>
          <Text className='body-text summary-line'>专家来自：{clinic.expertsFrom}</Text>
          <Text className='body-text summary-line'>科室：{clinic.departments.join('、')}</Text>
          <Text className='body-text summary-line'>{clinic.description}</Text>
          <Text className='body-text muted summary-line'>共{clinic.seats}席，免费报名</Text>
          {!signedIn && <Text className='body-text notice'>登录后可为自己或家人报名。</Text>}
          {signedIn && patients.status === 'loading' && <LoadingState text='正在加载就诊人…' />}
          {signedIn && patients.status === 'error' && <ErrorState message={patients.error} onRetry={() => void patients.load()} />}
          {signedIn && patients.status === 'ready' && !full && (
            <View className='choice-grid'>
              {patients.patients.length === 0 && <Text className='body-text muted'>请先在「我的」添加家庭成员。</Text>}
              {patients.patients.map((p) => (
                <View
                  key={p.id}
                  className={`choice-card member-choice tappable ${p.id === memberId ? 'selected' : ''}`}
                  data-member-id={p.id}
                  onClick={() => {
                    setMemberId(p.id)
                    requestId.current = null
                  }}
                >
                  <Text className='body-text'>
                    {p.name}（{p.relationLabel}）
                  </Text>
                </View>
              ))}
              {error && <Text className='field-error signup-error'>{error}</Text>}
              <Button
                className={`btn btn-primary tappable free-clinic-signup ${memberId && !busy ? '' : 'is-disabled'}`}
                disabled={!memberId || busy || undefined}
                onClick={() => void submit()}
              >
                报名
              </Button>
            </View>
          )}
        </View>
      )}
    </View>
  )
}

/** 专家义诊: upcoming free clinics with seats left, sign-up for a family member, 我的报名. */
export function FreeClinicList() {
  const signedIn = useSessionStore((state) => Boolean(state.user))
  const [status, setStatus] = useState<LoadStatus>('loading')
  const [error, setError] = useState('')
  const [clinics, setClinics] = useState<FreeClinic[]>([])
  const [signups, setSignups] = useState<FreeClinicSignup[]>([])

  const load = useCallback(async () => {
    setStatus((current) => (current === 'ready' ? current : 'loading'))
    try {
      const [list, mine] = await Promise.all([clinicApi.freeClinics(), signedIn ? clinicApi.mySignups() : Promise.resolve({ signups: [] })])
      setClinics(list.freeClinics)
      setSignups(mine.signups)
      setStatus('ready')
    } catch (failure) {
      setError(errorMessage(failure))
      setStatus('error')
    }
  }, [signedIn])

  useEffect(() => {
    void load()
  }, [load])

  const signUp = async (clinic: FreeClinic, memberId: string, requestId: string): Promise<string | null> => {
    try {
      await clinicApi.signUpFreeClinic(clinic.id, memberId, requestId)
      void Taro.showToast({ title: '报名成功', icon: 'success' })
      await load()
      return null
    } catch (failure) {
      return failure instanceof ApiError ? failure.message : errorMessage(failure)
    }
  }

  const cancel = async (signup: FreeClinicSignup) => {
    const { confirm } = await Taro.showModal({
      title: '取消报名',
      content: `确定取消${signup.memberName}「${signup.freeClinic.title}」的报名吗？`,
      confirmText: '取消报名',
      cancelText: '不取消',
    })
    if (!confirm) return
    try {
      await clinicApi.cancelFreeClinicSignup(signup.signupId, createRequestId())
      void Taro.showToast({ title: '已取消报名', icon: 'success' })
      await load()
    } catch (failure) {
      void Taro.showToast({ title: errorMessage(failure), icon: 'none' })
    }
  }

  if (status === 'loading') return <LoadingState text='正在加载义诊…' />
  if (status === 'error') return <ErrorState message={error} onRetry={() => void load()} />

  return (
    <View className='free-clinic-list'>
      {signedIn && signups.length > 0 && (
        <View className='my-signups'>
          <Text className='body-text section-title'>我的报名</Text>
          {signups.map((s) => (
            <View key={s.signupId} className='card signup-card' data-signup-id={s.signupId}>
              <Text className='body-text choice-name'>{s.memberName}</Text>
              <Text className='body-text summary-line'>{s.freeClinic.title}</Text>
              <Text className='body-text summary-line'>
                {monthDay(s.freeClinic.date)} {s.freeClinic.start}-{s.freeClinic.end} {s.freeClinic.place}
              </Text>
              <View className='action-row'>
                <Button className='btn btn-danger tappable cancel-signup' onClick={() => void cancel(s)}>
                  取消报名
                </Button>
              </View>
            </View>
          ))}
        </View>
      )}
      <Text className='body-text section-title'>近期义诊</Text>
      {clinics.length === 0 && <EmptyState text='近期没有义诊安排。' />}
      {clinics.map((c) => (
        <FreeClinicCard key={c.id} clinic={c} signedIn={signedIn} onSignUp={signUp} />
      ))}
    </View>
  )
}
