import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Input, Text, View } from '@tarojs/components'
import type { DeskRegistration } from '@/domain/clinic/contract'
import { registrationWorkflow } from '@/domain/clinic/registration-workflow'
import { monthDay, timeRange } from '@/domain/date-wording'
import { useMutation } from '@/shared/api/use-mutation'
import { useQuery } from '@/shared/api/use-query'
import { ActionButton } from '@/shared/ui/action-button'
import { DetailCard } from '@/shared/ui/detail-card'
import { FormField } from '@/shared/ui/form-field'
import { ListShell } from '@/shared/ui/list-shell'
import { clinicApi, type VisitMove } from '../api'
import { feeText } from '../clinic-labels'
import './clinic.scss'

/** The desk's words for each move the server allows (the moves themselves come from the status table). */
const MOVE_BUTTONS: Record<VisitMove, { label: string; done: string; kind: 'secondary' | 'danger' }> = {
  arrived: { label: '到诊', done: '已到诊', kind: 'secondary' },
  fulfilled: { label: '完成', done: '已完成', kind: 'secondary' },
  noshow: { label: '爽约', done: '已记爽约', kind: 'danger' },
}

function DeskCard({ registration: r, onChanged }: { registration: DeskRegistration; onChanged: () => Promise<void> }) {
  const [reason, setReason] = useState('')
  const [repricing, setRepricing] = useState(false)
  const mark = useMutation(clinicApi.markVisit)
  const reprice = useMutation(clinicApi.reprice)
  const busy = mark.pending || reprice.pending

  const done = async (result: { ok: boolean; error?: { message: string } }, title: string) => {
    if (!result.ok) {
      void Taro.showToast({ title: result.error?.message ?? '', icon: 'none' })
      return
    }
    void Taro.showToast({ title, icon: 'success' })
    await onChanged()
  }

  return (
    <DetailCard
      className='desk-card'
      label={`${r.queueNumber}号 ${r.memberName}`}
      data={{ 'data-registration-id': r.id, 'data-status': r.status }}
      title={
        <>
          <Text className='nowrap queue-number'>{r.queueNumber}号</Text> {r.memberName}
        </>
      }
      status={{ label: registrationWorkflow.label(r.status), tone: registrationWorkflow.tone(r.status) }}
      actions={
        <>
          {r.allowedMoves.map((move) => (
            <ActionButton key={move} kind={MOVE_BUTTONS[move].kind} className={`mark-${move}`} disabled={busy} onClick={() => void mark.run({ registrationId: r.id, status: move }).then((result) => done(result, MOVE_BUTTONS[move].done))}>
              {MOVE_BUTTONS[move].label}
            </ActionButton>
          ))}
          {r.waived && r.status !== 'cancelled' && (
            <ActionButton className='reprice-open' onClick={() => setRepricing(!repricing)}>
              改价
            </ActionButton>
          )}
        </>
      }
    >
      <Text className='body-text muted'>身份证 {r.idNumberMasked}</Text>
      <Text className='body-text summary-line'>
        {r.departmentName} <Text className='nowrap'>{timeRange(r.start, r.end)}</Text>
      </Text>
      <Text className={`body-text fee-text ${r.waived ? 'waived' : ''}`}>{feeText(r)}</Text>
      {repricing && (
        <View className='reprice-form'>
          <FormField label='医生认定非同一疾病，恢复收费。原因' name='reprice-reason' error={reprice.error?.message}>
            {({ nativeProps }) => (
              <Input className='body-text field-input reprice-reason' nativeProps={nativeProps} value={reason} maxlength={200} placeholder='例如：经医生判断为新发疾病' onInput={(e) => setReason(e.detail.value)} />
            )}
          </FormField>
          <ActionButton
            kind='primary'
            block
            className='reprice-submit'
            disabled={reason.trim().length < 2 || busy}
            onClick={() => void reprice.run({ registrationId: r.id, reason: reason.trim() }).then((result) => done(result, '已恢复收费'))}
          >
            确认恢复收费
          </ActionButton>
        </View>
      )}
    </DetailCard>
  )
}

/** 接诊台: the day's registrations of a department in queue order, with the moves the status table allows. */
export function AdminDeskList({ hospitalId, departmentId, date }: { hospitalId: string; departmentId: string; date: string }) {
  const list = useQuery(['clinic.hospitalRegistrations', hospitalId, departmentId, date], () => clinicApi.hospitalRegistrations({ hospitalId, date, departmentId }))
  return (
    <ListShell
      className='desk-list'
      title={`${monthDay(date)} 挂号名单${list.data ? `（${list.data.registrations.length}）` : ''}`}
      query={list}
      loadingText='正在加载挂号名单…'
      items={(data) => data.registrations}
      keyOf={(r) => r.id}
      renderItem={(r) => <DeskCard registration={r} onChanged={list.reload} />}
      emptyText='当天还没有挂号。'
    />
  )
}
