import { Text, View } from '@tarojs/components'
import type { RegistrationDetail } from '@/domain/clinic/contract'
import { monthDay, timeRange, weekday } from '@/domain/date-wording'
import { CLINIC_TYPE_LABELS, feeText, freeWindowText } from '../clinic-labels'

/** The big figure of a registration: what it costs (未收费 once cancelled). */
export function FeeFigure({ registration: r }: { registration: RegistrationDetail }) {
  return <Text className={`key-figure fee-text nowrap ${r.waived && r.status !== 'cancelled' ? 'waived' : ''}`}>{feeText(r)}</Text>
}

/** Who, where, when: shared by the success screen and 我的挂号. */
export function RegistrationLines({ registration: r }: { registration: RegistrationDetail }) {
  return (
    <View className='registration-lines'>
      <Text className='body-text summary-line registration-place'>
        {r.hospitalName} {r.campusName} {r.departmentName}
      </Text>
      <Text className='key-figure summary-line registration-time'>
        <Text className='nowrap'>{monthDay(r.visitDate)}</Text> {weekday(r.visitDate)} <Text className='nowrap'>{timeRange(r.start, r.end)}</Text>
      </Text>
      <Text className='body-text summary-line'>{CLINIC_TYPE_LABELS[r.clinicType]}</Text>
      {r.waived && r.anchorVisitDate && <Text className='body-text anchor-text'>复诊，关联{monthDay(r.anchorVisitDate)}首诊</Text>}
      {!r.waived && r.anchorId && r.anchorVisitDate && (
        <Text className='body-text anchor-text repriced-text'>
          原为{monthDay(r.anchorVisitDate)}首诊的免费复诊，已恢复收费（首诊取消、爽约或经医生判定非同一疾病）
        </Text>
      )}
      {r.freeRevisitUntil && r.status !== 'cancelled' && <Text className='body-text window-until'>{freeWindowText(r.freeRevisitUntil)}</Text>}
    </View>
  )
}
