import { Text, View } from '@tarojs/components'
import type { RegistrationDetail } from '../api'
import { CLINIC_TYPE_LABELS, feeText, freeWindowText, monthDay, weekday } from '../clinic-labels'

/** Who, where, when and what it costs: shared by the success screen and 我的挂号. */
export function RegistrationLines({ registration: r }: { registration: RegistrationDetail }) {
  return (
    <View className='registration-lines'>
      <Text className='body-text summary-line registration-place'>
        {r.hospitalName} {r.campusName} {r.departmentName}
      </Text>
      <Text className='body-text summary-line registration-time'>
        {monthDay(r.visitDate)} {weekday(r.visitDate)} {r.start}-{r.end} · {CLINIC_TYPE_LABELS[r.clinicType]}
      </Text>
      <Text className={`key-figure fee-text ${r.waived ? 'waived' : ''}`}>{feeText(r)}</Text>
      {r.waived && r.anchorVisitDate && (
        <Text className='body-text anchor-text'>复诊，关联 {monthDay(r.anchorVisitDate)}首诊</Text>
      )}
      {!r.waived && r.anchorId && r.anchorVisitDate && (
        <Text className='body-text anchor-text repriced-text'>
          原为 {monthDay(r.anchorVisitDate)}首诊的免费复诊，已恢复收费（首诊取消、爽约或经医生判定非同一疾病）
        </Text>
      )}
      {r.freeRevisitUntil && r.status !== 'cancelled' && (
        <Text className='body-text window-until'>{freeWindowText(r.freeRevisitUntil)}</Text>
      )}
    </View>
  )
}
