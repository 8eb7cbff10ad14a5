import { useCallback, useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, Input, Text, View } from '@tarojs/components'
import { errorMessage } from '@/shared/api/api-error'
import { createRequestId } from '@/shared/api/request-id'
import { EmptyState, ErrorState, LoadingState } from '@/shared/ui/async-state'
import type { LoadStatus } from '@/shared/ui/load-status'
import { clinicApi, type DeskRegistration } from '../api'
import { STATUS_LABELS, feeText, monthDay } from '../clinic-labels'
import './clinic.scss'

type VisitStatus = 'arrived' | 'fulfilled' | 'noshow'

function DeskCard({ registration: r, onChanged }: { registration: DeskRegistration; onChanged: () => void }) {
  const [reason, setReason] = useState('')
  const [repricing, setRepricing] = useState(false)
  const [busy, setBusy] = useState(false)

  const run = async (action: () => Promise<unknown>, done: string) => {
    if (busy) return
    setBusy(true)
    try {
      await action()
      void Taro.showToast({ title: done, icon: 'success' })
      onChanged()
    } catch (failure) {
      void Taro.showToast({ title: errorMessage(failure), icon: 'none' })
    } finally {
      setBusy(false)
    }
  }
  const mark = (status: VisitStatus, done: string) => run(() => clinicApi.markVisit(r.id, status, createRequestId()), done)

  return (
    <View className='card desk-card' data-registration-id={r.id} data-status={r.status}>
      <View className='card-heading'>
        <Text className='body-text choice-name'>{r.memberName}</Text>
        <Text className={`body-text status-text ${r.status}`}>{STATUS_LABELS[r.status]}</Text>
      </View>
      <Text className='body-text muted'>身份证 {r.idNumberMasked}</Text>
      <Text className='body-text summary-line'>
        {r.departmentName} {r.start}-{r.end}
      </Text>
      <Text className={`body-text fee-text ${r.waived ? 'waived' : ''}`}>{feeText(r)}</Text>
      <View className='action-row'>
        {r.status === 'booked' && (
          <Button className='btn tappable mark-arrived' disabled={busy || undefined} onClick={() => void mark('arrived', '已到诊')}>
            到诊
          </Button>
        )}
        {r.status === 'arrived' && (
          <Button className='btn tappable mark-fulfilled' disabled={busy || undefined} onClick={() => void mark('fulfilled', '已完成')}>
            完成
          </Button>
        )}
        {r.status === 'booked' && (
          <Button className='btn btn-danger tappable mark-noshow' disabled={busy || undefined} onClick={() => void mark('noshow', '已记爽约')}>
            爽约
          </Button>
        )}
        {r.waived && r.status !== 'cancelled' && (
          <Button className='btn tappable reprice-open' onClick={() => setRepricing(!repricing)}>
            改价
          </Button>
        )}
      </View>
      {repricing && (
        <View className='reprice-form'>
          <Text className='body-text'>医生认定非同一疾病，恢复收费。请填写原因：</Text>
          <Input className='body-text field-input reprice-reason' value={reason} maxlength={200} placeholder='例如：经医生判断为新发疾病' onInput={(e) => setReason(e.detail.value)} />
          <Button
            className={`btn btn-primary tappable full-width reprice-submit ${reason.trim().length >= 2 ? '' : 'is-disabled'}`}
            disabled={reason.trim().length < 2 || busy || undefined}
            onClick={() => void run(() => clinicApi.reprice(r.id, reason.trim(), createRequestId()), '已恢复收费')}
          >
            确认恢复收费
          </Button>
        </View>
      )}
    </View>
  )
}

/** 接诊台: the day's registrations of a department with the visit buttons. */
export function AdminDeskList({ hospitalId, departmentId, date }: { hospitalId: string; departmentId: string; date: string }) {
  const [status, setStatus] = useState<LoadStatus>('loading')
  const [error, setError] = useState('')
  const [registrations, setRegistrations] = useState<DeskRegistration[]>([])

  const load = useCallback(async () => {
    setStatus((current) => (current === 'ready' ? current : 'loading'))
    try {
      const result = await clinicApi.hospitalRegistrations({ hospitalId, date, departmentId })
      setRegistrations(result.registrations)
      setStatus('ready')
    } catch (failure) {
      setError(errorMessage(failure))
      setStatus('error')
    }
  }, [hospitalId, departmentId, date])

  useEffect(() => {
    void load()
  }, [load])

  if (status === 'loading') return <LoadingState text='正在加载挂号名单…' />
  if (status === 'error') return <ErrorState message={error} onRetry={() => void load()} />
  return (
    <View className='desk-list'>
      <Text className='body-text section-title'>
        {monthDay(date)} 挂号名单（{registrations.length}）
      </Text>
      {registrations.length === 0 && <EmptyState text='当天还没有挂号。' />}
      {registrations.map((r) => (
        <DeskCard key={r.id} registration={r} onChanged={() => void load()} />
      ))}
    </View>
  )
}
