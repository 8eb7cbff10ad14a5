import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { BookableSlot, DepartmentScope, Quote } from '@/domain/clinic/contract'
import type { Member } from '@/domain/account/contract'
import { addDays } from '@/domain/business-date'
import { clinicSentences } from '@/domain/clinic/policy-sentences'
import { monthDay, timeRange, weekday } from '@/domain/date-wording'
import { formatYuan } from '@/domain/money'
import { useMutation } from '@/shared/api/use-mutation'
import { useQuery } from '@/shared/api/use-query'
import { MemberPicker } from '@/shared/members/member-picker'
import { withQuery } from '@/shared/routes'
import { useSessionStore } from '@/shared/session/session-store'
import { ActionButton } from '@/shared/ui/action-button'
import { AsyncView, EmptyView, SignInPrompt } from '@/shared/ui/async-view'
import { Choice, ChoiceGroup } from '@/shared/ui/choice'
import { FormError } from '@/shared/ui/form-field'
import { clinicApi } from '../api'
import { CLINIC_TYPE_LABELS, SESSION_LABELS, UNBOOKABLE_REASONS, revisitOfferText } from '../clinic-labels'
import { covers, revisitWindows } from '../revisit-windows'
import { CLINIC_PAGES } from '../routes'
import { namesOf, useHospitals } from '../store'
import { RevisitWindowNotice } from './revisit-window-notice'
import './clinic.scss'

/** 'new' = a new illness at the full fee; otherwise the anchor registration id of a declared revisit. */
type FeeChoice = { kind: 'new' } | { kind: 'revisit'; anchorId: string }

export interface ConfirmParams extends DepartmentScope {
  date: string
  slotId: string
}

/** 确认挂号: everything comes from the route (reload and links work), then 就诊人, the fee or the free-revisit choice, and book. */
export function BookingConfirm({ params }: { params: ConfirmParams }) {
  const signedIn = useSessionStore((state) => state.user !== null)
  if (!signedIn) return <SignInPrompt text='请先登录，再为自己或家人挂号。' />
  return <BookingConfirmForm params={params} />
}

function BookingConfirmForm({ params }: { params: ConfirmParams }) {
  const scope: DepartmentScope = { hospitalId: params.hospitalId, campusId: params.campusId, departmentId: params.departmentId }
  const slots = useQuery(['clinic.slots', scope, params.date], () => clinicApi.slots(scope, params.date), { enabled: Boolean(params.date) })
  const backToSchedule = () => void Taro.redirectTo({ url: withQuery(CLINIC_PAGES.schedule, { ...scope }) })

  if (!params.slotId || !params.date) {
    return (
      <EmptyView text='没有选择时段，请先选择就诊时段。'>
        <ActionButton kind='primary' onClick={backToSchedule}>
          选择时段
        </ActionButton>
      </EmptyView>
    )
  }
  return (
    <AsyncView
      query={slots}
      loadingText='正在加载号源…'
      isEmpty={(answer) => !answer.slots.some((s) => s.id === params.slotId)}
      emptyText='这个时段已不存在，请重新选择。'
      emptyAction={
        <ActionButton kind='primary' onClick={backToSchedule}>
          重新选择时段
        </ActionButton>
      }
    >
      {(answer) => <ConfirmSlot params={params} slot={answer.slots.find((s) => s.id === params.slotId)!} />}
    </AsyncView>
  )
}

function missingReason(state: { memberId: string; quote: { status: string; data?: Quote }; anchors: number; choice: FeeChoice | null; submitting: boolean }): string {
  if (state.submitting) return '正在挂号，请稍候'
  if (!state.memberId) return '请先选择就诊人'
  if (state.quote.status === 'loading') return '正在计算费用…'
  if (!state.quote.data) return '费用没有算出，请点「重试」'
  if (state.quote.data.bookability !== 'open') return `该时段${UNBOOKABLE_REASONS[state.quote.data.bookability]}，请返回选择其他时段`
  if (state.anchors > 0 && !state.choice) return '请选择是否为同一疾病复诊'
  return ''
}

function ConfirmSlot({ params, slot }: { params: ConfirmParams; slot: BookableSlot }) {
  const hospitals = useHospitals()
  const userId = useSessionStore((state) => state.user?.id)
  const [member, setMember] = useState<Member | null>(null)
  const [choice, setChoice] = useState<FeeChoice | null>(null)
  const memberId = member?.id ?? ''
  const quote = useQuery(['clinic.quote', memberId, slot.id], () => clinicApi.quote(memberId, slot.id), { enabled: Boolean(memberId) })
  const mine = useQuery(['clinic.mine', userId], () => clinicApi.mine(), { enabled: Boolean(userId) })
  const book = useMutation(clinicApi.book)

  const { hospital, campus, department } = namesOf(hospitals.data?.hospitals ?? [], params)
  const policy = hospitals.data?.policy
  const anchors = quote.data?.revisitAnchors ?? []
  // Without an open window there is nothing to declare: the fee is the fee.
  const effectiveChoice: FeeChoice | null = quote.data && anchors.length === 0 ? { kind: 'new' } : choice
  const missing = missingReason({ memberId, quote, anchors: anchors.length, choice, submitting: book.pending })
  const windows = mine.data && member ? revisitWindows([...mine.data.upcoming, ...mine.data.past], params).filter((w) => w.memberId === member.id) : []

  const chooseMember = (next: Member) => {
    setMember(next)
    setChoice(null)
    book.reset()
  }

  const submit = async () => {
    if (missing || !effectiveChoice) return
    const result = await book.run({
      memberId,
      slotId: slot.id,
      ...(effectiveChoice.kind === 'revisit' ? { revisitOf: effectiveChoice.anchorId } : {}),
    })
    if (result.ok) void Taro.redirectTo({ url: withQuery(CLINIC_PAGES.success, { registrationId: result.data.id }) })
  }

  return (
    <View className='booking-confirm'>
      <View className='card slot-summary'>
        <Text className='key-figure'>{department?.name ?? ''}</Text>
        <Text className='body-text summary-line'>{hospital && campus ? `${hospital.name} ${campus.name}` : ''}</Text>
        {department?.location && <Text className='body-text muted summary-line department-location'>就诊地点：{department.location}</Text>}
        <Text className='key-figure summary-line visit-date nowrap'>
          {monthDay(slot.date)} {weekday(slot.date)}
        </Text>
        <Text className='key-figure summary-line visit-time'>
          {SESSION_LABELS[slot.session]} <Text className='nowrap'>{timeRange(slot.start, slot.end)}</Text>
        </Text>
        <Text className='body-text summary-line'>
          {CLINIC_TYPE_LABELS[slot.clinicType]}
          {slot.doctorName ? ` · ${slot.doctorName}` : ''}
        </Text>
      </View>

      <MemberPicker label='就诊人' value={memberId} onChange={chooseMember} />

      {member && (
        <View className='fee-section'>
          <Text className='body-text section-title'>费用</Text>
          <AsyncView query={quote} loadingText='正在计算费用…'>
            {(value) => (
              <View>
                {value.bookability !== 'open' && (
                  <Text className='body-text notice slot-unbookable'>该时段{UNBOOKABLE_REASONS[value.bookability]}，请返回选择其他时段。</Text>
                )}
                {value.revisitAnchors.length > 0 ? (
                  <FeeOptions quote={value} choice={choice} onChoose={(next) => {
                    setChoice(next)
                    book.reset()
                  }} />
                ) : (
                  <View>
                    {/* The server offered no free revisit (its quote is the authority, with rules the phone does not know, such as the revisits an anchor already gave): only a date outside every window is explained here. */}
                    <RevisitWindowNotice windows={windows.some((w) => covers(w, slot.date)) ? [] : windows} date={slot.date} />
                    <View className='card fee-rows'>
                      <View className='fee-row'>
                        <Text className='body-text'>挂号费</Text>
                        <Text className='body-text nowrap'>{formatYuan(value.registrationFee)}</Text>
                      </View>
                      <View className='fee-row'>
                        <Text className='body-text'>诊察费</Text>
                        <Text className='body-text nowrap'>{formatYuan(value.consultationFee)}</Text>
                      </View>
                      <View className='fee-row'>
                        <Text className='body-text'>合计</Text>
                        <Text className='key-figure fee-text nowrap'>{formatYuan(value.fee)}</Text>
                      </View>
                    </View>
                  </View>
                )}
              </View>
            )}
          </AsyncView>
        </View>
      )}

      <Text className='body-text muted notice cancel-rule'>
        {clinicSentences.cancelUntil(slot.date, addDays(slot.date, -1))}，在「我的挂号」办理
        {policy ? `；未就诊记为爽约，${clinicSentences.noShowRule(policy)}。` : '。'}
      </Text>

      <FormError name='book' text={book.error?.message} />
      {missing && (
        <Text id='book-missing' className='body-text book-missing' aria-live='polite'>
          {missing}
        </Text>
      )}
      <ActionButton id='book-submit' kind='primary' block disabled={Boolean(missing)} describedBy={missing ? 'book-missing' : undefined} onClick={() => void submit()}>
        {book.pending ? '正在挂号…' : '确认挂号'}
      </ActionButton>
    </View>
  )
}

/** The patient declares it: a same-illness revisit (free) or a new illness (full fee); nothing is chosen for them. */
function FeeOptions({ quote, choice, onChoose }: { quote: Quote; choice: FeeChoice | null; onChoose: (choice: FeeChoice) => void }) {
  return (
    <View className='fee-options'>
      <Text className='body-text notice good revisit-hint'>该就诊人在本院区本科室有三日内的首诊，同一疾病复诊可免费。请选择：</Text>
      <ChoiceGroup label='本次挂号是'>
        {quote.revisitAnchors.map((anchor, index) => (
          <Choice
            key={anchor.registrationId}
            id={index === 0 ? 'option-revisit' : `option-revisit-${anchor.registrationId}`}
            className='option-card revisit'
            selected={choice?.kind === 'revisit' && choice.anchorId === anchor.registrationId}
            onSelect={() => onChoose({ kind: 'revisit', anchorId: anchor.registrationId })}
            data={{ 'data-anchor-id': anchor.registrationId }}
          >
            <Text className='body-text'>{revisitOfferText(anchor)}</Text>
            <Text className='key-figure option-price nowrap'>0元</Text>
          </Choice>
        ))}
        <Choice id='option-new' className='option-card' selected={choice?.kind === 'new'} onSelect={() => onChoose({ kind: 'new' })}>
          <Text className='body-text'>新的疾病或不同病种</Text>
          <Text className='body-text muted'>
            挂号费 <Text className='nowrap'>{formatYuan(quote.registrationFee)}</Text> + 诊察费 <Text className='nowrap'>{formatYuan(quote.consultationFee)}</Text>
          </Text>
          <Text className='key-figure option-price nowrap'>{formatYuan(quote.fee)}</Text>
        </Choice>
      </ChoiceGroup>
    </View>
  )
}
