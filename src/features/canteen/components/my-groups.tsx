import { useRef, useState } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { Member } from '@/domain/account/contract'
import type { DiscountGroup, GroupClaim, MyClaimsAnswer } from '@/domain/canteen/contract'
import { DISCOUNT_GROUP_CODES, DISCOUNT_GROUPS } from '@/domain/canteen/discount-groups'
import { useMutation } from '@/shared/api/use-mutation'
import { useQuery } from '@/shared/api/use-query'
import { MemberPicker } from '@/shared/members/member-picker'
import { useSessionStore } from '@/shared/session/session-store'
import { ActionButton } from '@/shared/ui/action-button'
import { AsyncView } from '@/shared/ui/async-view'
import { Choice, ChoiceGroup } from '@/shared/ui/choice'
import { DetailCard } from '@/shared/ui/detail-card'
import { FormError } from '@/shared/ui/form-field'
import { canteenApi } from '../api'
import { lastDayText } from '../canteen-words'
import './canteen.scss'

type FamilyClaim = MyClaimsAnswer['claims'][number]

/** What a claim means for the family now, in its status's words. */
function ClaimLines({ claim }: { claim: GroupClaim }) {
  switch (claim.status) {
    case 'pending':
      return (
        <View className='claim-lines'>
          {claim.nextStep && <Text className='body-text summary-line claim-next-step'>{claim.nextStep}</Text>}
          <Text className='body-text summary-line claim-not-yet'>工作人员看过证件以前，用餐按原价或年龄优惠收费。</Text>
        </View>
      )
    case 'verified':
      return <Text className='key-figure summary-line claim-until'>{claim.expiresOn ? `有效期至${lastDayText(claim.expiresOn)}` : '已核验'}</Text>
    case 'rejected':
      return <Text className='body-text summary-line claim-reason'>未通过原因：{claim.reason ?? '未说明'}</Text>
    case 'expired':
      return (
        <Text className='body-text summary-line claim-expired'>
          {claim.expiresOn ? `有效期至${lastDayText(claim.expiresOn)}，现已过期。` : '已过期。'}如仍符合条件，请重新申请并到食堂核验。
        </Text>
      )
  }
}

function ClaimCard({ claim }: { claim: FamilyClaim }) {
  return (
    <DetailCard
      className='claim-card'
      label={`${claim.memberName} ${claim.groupLabel}`}
      data={{ 'data-claim-id': claim.id, 'data-status': claim.status }}
      title={`${claim.memberName} · ${claim.groupLabel}`}
      status={{ label: claim.statusLabel, tone: claim.statusTone }}
    >
      <ClaimLines claim={claim} />
    </DetailCard>
  )
}

function missingReason(memberId: string, group: DiscountGroup | null, pending: boolean): string {
  if (pending) return '正在提交，请稍候'
  if (!memberId) return '请先选择就餐人'
  if (!group) return '请选择优惠身份'
  return ''
}

/** A member claims a group; the answer's next step (bring the document to the counter) is shown at once. */
function ClaimForm({ onClaimed }: { onClaimed: () => Promise<void> }) {
  const [member, setMember] = useState<Member | null>(null)
  const [group, setGroup] = useState<DiscountGroup | null>(null)
  const [answer, setAnswer] = useState<GroupClaim | null>(null)
  const claim = useMutation(canteenApi.claimGroup)
  const memberId = member?.id ?? ''
  const missing = missingReason(memberId, group, claim.pending)

  const submit = async () => {
    if (missing || !group) return
    const result = await claim.run({ memberId, group })
    if (!result.ok) return
    setAnswer(result.data)
    void Taro.showToast({ title: '已提交', icon: 'success' })
    await onClaimed()
  }

  return (
    <View className='claim-form'>
      <Text className='body-text section-title'>申请优惠身份</Text>
      <Text className='body-text notice claim-how'>
        年龄优惠按身份证上的出生日期自动计算，不用申请。下面这些身份要先申请，再带证件到食堂窗口给工作人员看，核验通过后才按优惠价收费。不需要上传证件照片。
      </Text>
      <MemberPicker
        label='就餐人'
        value={memberId}
        onChange={(next) => {
          setMember(next)
          setAnswer(null)
          claim.reset()
        }}
      />
      {member && (
        <View>
          <Text className='body-text section-title'>优惠身份</Text>
          <ChoiceGroup label='优惠身份'>
            {DISCOUNT_GROUP_CODES.map((code) => (
              <Choice
                key={code}
                id={`group-${code}`}
                selected={group === code}
                onSelect={() => {
                  setGroup(code)
                  setAnswer(null)
                  claim.reset()
                }}
              >
                <Text className='body-text choice-name'>{DISCOUNT_GROUPS[code].label}</Text>
                <Text className='body-text muted'>到食堂出示：{DISCOUNT_GROUPS[code].document}</Text>
              </Choice>
            ))}
          </ChoiceGroup>
        </View>
      )}
      {answer && (
        <View role='status' className={`notice claim-answer ${answer.status === 'verified' ? 'good' : ''}`}>
          <Text className='body-text summary-line'>
            {member?.name}的{answer.groupLabel}：{answer.statusLabel}
          </Text>
          {answer.nextStep && <Text className='body-text summary-line claim-next-step'>{answer.nextStep}</Text>}
          {answer.status === 'verified' && answer.expiresOn && <Text className='body-text summary-line'>有效期至{lastDayText(answer.expiresOn)}</Text>}
        </View>
      )}
      <FormError name='claim' text={claim.error?.message} />
      {missing && !answer && (
        <Text id='claim-missing' className='body-text order-why'>
          {missing}
        </Text>
      )}
      {!answer && (
        <ActionButton id='claim-submit' kind='primary' block disabled={Boolean(missing)} describedBy={missing ? 'claim-missing' : undefined} onClick={() => void submit()}>
          提交申请
        </ActionButton>
      )}
    </View>
  )
}

/** 我的优惠: each family member's discount groups and where each stands, then a new claim. */
export function MyGroups() {
  const userId = useSessionStore((state) => state.user?.id)
  const claims = useQuery(['canteen.myClaims', userId], () => canteenApi.myClaims(), { enabled: Boolean(userId) })
  const seen = useRef(false)
  useDidShow(() => {
    if (seen.current) void claims.reload()
    seen.current = true
  })
  return (
    <View className='my-groups'>
      <Text className='body-text section-title'>家里人的优惠身份</Text>
      <AsyncView
        query={claims}
        signIn='请先登录，查看和申请家人的用餐优惠。'
        loadingText='正在加载优惠身份…'
        isEmpty={(data) => data.claims.length === 0}
        emptyText='还没有申请过优惠身份。'
      >
        {(data) => (
          <View className='claim-list'>
            {data.claims.map((c) => (
              <ClaimCard key={c.id} claim={c} />
            ))}
          </View>
        )}
      </AsyncView>
      {userId && <ClaimForm onClaimed={claims.reload} />}
    </View>
  )
}
