import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Input, Picker, Text, View } from '@tarojs/components'
import type { PendingClaim, PendingClaimsAnswer } from '@/domain/canteen/contract'
import { shanghaiDateTime } from '@/domain/date-wording'
import { useMutation } from '@/shared/api/use-mutation'
import { useQuery } from '@/shared/api/use-query'
import { ActionButton } from '@/shared/ui/action-button'
import { AsyncView } from '@/shared/ui/async-view'
import { FormError, FormField } from '@/shared/ui/form-field'
import { canteenApi } from '../api'
import { lastDayText } from '../canteen-words'
import './canteen.scss'

type Bounds = Pick<PendingClaimsAnswer, 'today' | 'defaultExpiresOn' | 'latestExpiresOn'>

/** One claim at the counter: who (masked), which document to see, then approve until a date or reject with a reason. */
function ClaimToReview({ claim, bounds, onReviewed }: { claim: PendingClaim; bounds: Bounds; onReviewed: () => Promise<void> }) {
  const [expiresOn, setExpiresOn] = useState(bounds.defaultExpiresOn)
  const [reason, setReason] = useState('')
  const verify = useMutation(canteenApi.verifyGroup)
  const who = `${claim.memberName}（${claim.sex === 'F' ? '女' : '男'}，${claim.age}岁）`
  const whyNoReject = reason.trim() ? '' : '写明原因后才能点「不通过」'
  const rejectWhyId = `reject-why-${claim.id}`

  const review = async (approve: boolean) => {
    const result = await verify.run(approve ? { claimId: claim.id, approve, expiresOn } : { claimId: claim.id, approve, reason: reason.trim() })
    if (!result.ok) return
    void Taro.showToast({ title: approve ? '已核验通过' : '已退回', icon: 'success' })
    await onReviewed()
  }

  return (
    <View role='group' aria-label={`${claim.memberName} ${claim.groupLabel}`} className='card claim-review' data-claim-id={claim.id}>
      <Text className='key-figure summary-line'>{claim.groupLabel}</Text>
      <Text className='body-text summary-line claim-who'>{who}</Text>
      <Text className='body-text summary-line'>身份证 {claim.idNumberMasked}</Text>
      <Text className='body-text summary-line claim-document'>请查看：{claim.document}</Text>
      <Text className='body-text muted summary-line'>申请时间 {shanghaiDateTime(claim.createdAt)}</Text>

      <View className='claim-approve'>
        <Text className='body-text field-label'>核验通过，优惠有效期至</Text>
        <Picker mode='date' value={expiresOn} start={bounds.today} end={bounds.latestExpiresOn} onChange={(e) => setExpiresOn(String(e.detail.value))}>
          <View role='button' tabIndex={0} aria-label={`有效期至${lastDayText(expiresOn)}，点按更改`} className='body-text field-input tappable claim-expiry nowrap'>
            {lastDayText(expiresOn)}
          </View>
        </Picker>
        <ActionButton kind='primary' block className='approve-claim' disabled={verify.pending} onClick={() => void review(true)}>
          看过证件，核验通过
        </ActionButton>
      </View>

      <FormField label='不通过的原因' name={`reason-${claim.id}`} hint='家属会在消息里看到这句话'>
        {({ nativeProps }) => (
          <Input className='body-text field-input reject-reason' maxlength={100} placeholder='如：证件已过期' nativeProps={nativeProps} value={reason} onInput={(e) => setReason(e.detail.value)} />
        )}
      </FormField>
      {whyNoReject && (
        <Text id={rejectWhyId} className='body-text order-why'>
          {whyNoReject}
        </Text>
      )}
      <ActionButton kind='danger' block className='reject-claim' disabled={Boolean(whyNoReject) || verify.pending} describedBy={whyNoReject ? rejectWhyId : undefined} onClick={() => void review(false)}>
        不通过
      </ActionButton>
      <FormError name={`verify-${claim.id}`} text={verify.error?.message} />
    </View>
  )
}

/** 身份核验: claims waiting at this canteen's counter (or any canteen's), oldest first. */
export function ClaimReview() {
  const pending = useQuery(['canteen.pendingClaims'], () => canteenApi.pendingClaims())
  return (
    <View className='claim-reviews'>
      <Text className='body-text notice claim-review-how'>居民到窗口出示证件后再核验。系统不保存证件照片。</Text>
      <AsyncView query={pending} loadingText='正在加载待核验的申请…' isEmpty={(data) => data.claims.length === 0} emptyText='没有待核验的申请。'>
        {(data) => (
          <View>
            <Text className='body-text section-title'>待核验（{data.claims.length}）</Text>
            {data.claims.map((claim) => (
              <ClaimToReview key={claim.id} claim={claim} bounds={data} onReviewed={pending.reload} />
            ))}
          </View>
        )}
      </AsyncView>
    </View>
  )
}
