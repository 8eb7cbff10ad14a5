import { Image, Text, View } from '@tarojs/components'
import type { ComplaintView } from '@/domain/heating/contract'
import { DEADLINE_LABELS } from '@/domain/heating/deadlines'
import { shanghaiDateTime } from '@/domain/date-wording'
import { photoSrc } from '@/shared/api/upload-image'
import { CallButton } from '@/shared/ui/call-and-map'
import { FactRow } from '@/shared/ui/fact-row'
import { StatusBadge } from '@/shared/ui/status-badge'
import { celsiusText, householdText } from '../heating-labels'
import './heating.scss'

/** 督办 in words and colour: the company is past the limit of its next step. */
export function OverdueFlag({ label }: { label: string | null }) {
  if (!label) return null
  return <StatusBadge tone='bad'>{label}</StatusBadge>
}

/** The company's last word on it: the result of 已处理, or why it was refused (the note of that step). */
function outcomeOf(c: ComplaintView): { label: string; note: string } | null {
  const last = [...c.timeline].reverse().find((e) => e.status === 'resolved' || e.status === 'rejected')
  if (!last?.note || (c.status !== 'resolved' && c.status !== 'closed' && c.status !== 'rejected')) return null
  return { label: last.status === 'rejected' ? '不予受理原因' : '处理结果', note: last.note }
}

/** Where, what and where it stands: the household, when it was sent, the limit running now, and the station's incident. */
export function ComplaintHeader({ complaint: c, showIncident = true }: { complaint: ComplaintView; showIncident?: boolean }) {
  const outcome = outcomeOf(c)
  return (
    <View className='card complaint-header' role='group' aria-label={`${c.categoryLabel} ${c.statusLabel}`} data-complaint-id={c.id} data-status={c.status}>
      <View className='detail-heading'>
        <Text className='key-figure complaint-category'>{c.categoryLabel}</Text>
        <StatusBadge tone={c.statusTone}>{c.statusLabel}</StatusBadge>
      </View>
      <OverdueFlag label={c.overdueLabel} />
      <Text className='body-text household'>{householdText(c)}</Text>
      <FactRow label='反映时间'>
        <Text className='body-text nowrap'>{shanghaiDateTime(c.submittedAt)}</Text>
      </FactRow>
      <FactRow label='供热站'>
        <Text className='body-text'>{c.stationName}</Text>
      </FactRow>
      {/* Masked once saved; the dispatcher's desk shows it in full in its own card. */}
      {c.phone === undefined && (
        <FactRow label='联系电话'>
          <Text className='body-text nowrap contact-masked'>{c.phoneMasked}</Text>
        </FactRow>
      )}
      {outcome && (
        <FactRow label={outcome.label} className='outcome'>
          <Text className='body-text outcome-note'>{outcome.note}</Text>
        </FactRow>
      )}
      {c.nextDeadline && (
        <FactRow label='办理时限' className='next-deadline'>
          <Text className='key-figure nowrap next-deadline-time'>{shanghaiDateTime(c.nextDeadline.by)}</Text>
          <Text className='body-text'>前{DEADLINE_LABELS[c.nextDeadline.kind].step}</Text>
        </FactRow>
      )}
      {showIncident && c.incident.sentence && <Text className='body-text notice incident-sentence'>{c.incident.sentence}</Text>}
    </View>
  )
}

/** The resident's readings, the crew's measurement, and the reference refund when it was below the standard. */
export function TemperatureCard({ complaint: c }: { complaint: ComplaintView }) {
  if (c.readings.length === 0 && c.measuredCelsius === null) return null
  return (
    <View className='card temperature-card'>
      <Text className='body-text section-title'>室温</Text>
      {c.measuredCelsius !== null && (
        <FactRow label='上门实测' className='measured'>
          <Text className='key-figure measured-celsius nowrap'>{celsiusText(c.measuredCelsius)}</Text>
          {c.measuredAt && <Text className='body-text muted nowrap'>{shanghaiDateTime(c.measuredAt)}</Text>}
        </FactRow>
      )}
      {c.refundTier && <Text className='body-text notice refund-tier'>{c.refundTier.sentence}</Text>}
      {c.readings.length > 0 && (
        <FactRow label='自测' className='readings'>
          {c.readings.map((r, i) => (
            <Text key={`${r.at}-${i}`} className='body-text reading-line'>
              <Text className='key-figure reading-celsius nowrap'>{celsiusText(r.celsius)}</Text> <Text className='nowrap'>{shanghaiDateTime(r.at)}</Text>
            </Text>
          ))}
        </FactRow>
      )}
    </View>
  )
}

/** What the resident wrote and photographed, and the crew sent. Staff see the crew's phone in full to call. */
export function ComplaintExtras({ complaint: c, staff = false }: { complaint: ComplaintView; staff?: boolean }) {
  const crewPhone = staff ? c.crew?.phone : undefined
  if (!c.description && c.photoUrls.length === 0 && !c.crew) return null
  return (
    <View className='card complaint-extras'>
      {c.crew && (
        <FactRow label='维修人员' className='crew'>
          <Text className='body-text'>
            {c.crew.name} <Text className='nowrap'>{crewPhone ?? c.crew.phoneMasked}</Text>
          </Text>
          {crewPhone && (
            <CallButton className='call-crew' phone={crewPhone} who={c.crew.name} text='拨打维修人员' />
          )}
        </FactRow>
      )}
      {c.description && (
        <FactRow label='问题描述' className='description'>
          <Text className='body-text'>{c.description}</Text>
        </FactRow>
      )}
      {c.photoUrls.length > 0 && (
        <FactRow label='现场照片' className='photos'>
          <View className='complaint-photos'>
            {c.photoUrls.map((url, i) => (
              <Image key={url} className='complaint-photo' src={photoSrc(url)} mode='aspectFill' ariaLabel={`现场照片第${i + 1}张`} />
            ))}
          </View>
        </FactRow>
      )}
    </View>
  )
}

/** The heating company's service line, tap to call. */
export function CompanyLine({ complaint: c }: { complaint: Pick<ComplaintView, 'companyName' | 'companyPhone'> }) {
  return (
    <View className='card company-line'>
      <Text className='body-text'>
        {c.companyName}：<Text className='nowrap'>{c.companyPhone}</Text>
      </Text>
      <CallButton className='call-company' phone={c.companyPhone} who={c.companyName} />
    </View>
  )
}
