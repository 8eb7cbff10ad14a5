import { useEffect, useRef, useState } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { formatYuan } from '@/domain/money'
import { ApiError, errorMessage } from '@/shared/api/api-error'
import { createRequestId } from '@/shared/api/request-id'
import { useSessionStore } from '@/shared/session/session-store'
import { EmptyState, ErrorState, LoadingState } from '@/shared/ui/async-state'
import { clinicApi, type DepartmentScope, type Slot } from '../api'
import { CLINIC_TYPE_LABELS, SESSION_LABELS, UNBOOKABLE_REASONS, monthDay, revisitOfferText, weekday } from '../clinic-labels'
import { CLINIC_PAGES, MEMBER_EDIT_PAGE, withQuery } from '../routes'
import { namesOf, useClinicStore } from '../store'
import { usePatients } from '../use-patients'
import { SignInRequired } from './sign-in-required'
import './clinic.scss'

/** 'new' = a new illness at the full fee; otherwise the anchor registration id of a declared revisit. */
type FeeChoice = { kind: 'new' } | { kind: 'revisit'; anchorId: string }

export interface ConfirmParams extends DepartmentScope {
  date: string
  slotId: string
}

function useSlot(params: ConfirmParams) {
  const chosen = useClinicStore((state) => state.chosenSlot)
  const [slot, setSlot] = useState<Slot | null>(chosen?.id === params.slotId ? chosen : null)
  const [error, setError] = useState('')

  const load = async () => {
    setError('')
    try {
      const { slots } = await clinicApi.slots(params, params.date)
      const found = slots.find((s) => s.id === params.slotId)
      if (found) setSlot(found)
      else setError('这个时段已不存在，请重新选择')
    } catch (failure) {
      setError(errorMessage(failure))
    }
  }

  useEffect(() => {
    if (!slot) void load()
  }, []) // eslint-disable-line react-hooks/exhaustive-deps

  return { slot, error, reload: load }
}

/** 确认挂号: 就诊人, the fee or the free-revisit choice, the cancellation rule, then book. */
export function BookingConfirm({ params }: { params: ConfirmParams }) {
  const signedIn = useSessionStore((state) => Boolean(state.user))
  if (!signedIn) return <SignInRequired />
  return <BookingConfirmForm params={params} />
}

function BookingConfirmForm({ params }: { params: ConfirmParams }) {
  const { hospitals, hospitalsStatus, loadHospitals, quote, loadQuote } = useClinicStore()
  const { slot, error: slotError, reload: reloadSlot } = useSlot(params)
  const patients = usePatients()
  const [memberId, setMemberId] = useState('')
  const [choice, setChoice] = useState<FeeChoice | null>(null)
  const [submitting, setSubmitting] = useState(false)
  const [bookError, setBookError] = useState('')
  // One booking intent keeps its request id across retries; changing the choice starts a new one.
  const requestId = useRef<string | null>(null)

  useEffect(() => {
    if (hospitalsStatus === 'idle') void loadHospitals()
  }, [hospitalsStatus, loadHospitals])

  // Loads on open and again when the member form returns with a new 就诊人.
  useDidShow(() => {
    void patients.load()
  })

  const choosePatient = (id: string) => {
    setMemberId(id)
    setChoice(null)
    setBookError('')
    requestId.current = null
    void loadQuote(id, params.slotId)
  }

  const pickFee = (next: FeeChoice) => {
    setChoice(next)
    setBookError('')
    requestId.current = null
  }

  const { hospital, campus, department } = namesOf(hospitals, params)
  const quoteValue = quote.memberId === memberId && quote.slotId === params.slotId ? quote.value : null
  const anchors = quoteValue?.revisitAnchors ?? []
  // Without an open window there is nothing to declare: the fee is the fee.
  const effectiveChoice: FeeChoice | null = quoteValue && anchors.length === 0 ? { kind: 'new' } : choice
  const canSubmit = Boolean(memberId && quoteValue && quoteValue.bookability === 'open' && effectiveChoice && !submitting)

  const submit = async () => {
    if (!canSubmit || !effectiveChoice) return
    requestId.current ??= createRequestId()
    setSubmitting(true)
    setBookError('')
    try {
      const registration = await clinicApi.book(
        {
          memberId,
          slotId: params.slotId,
          ...(effectiveChoice.kind === 'revisit' ? { revisitOf: effectiveChoice.anchorId } : {}),
        },
        requestId.current,
      )
      requestId.current = null
      void Taro.redirectTo({ url: withQuery(CLINIC_PAGES.success, { registrationId: registration.id }) })
    } catch (failure) {
      // A refusal is final for this intent; only a lost connection should retry with the same id.
      if (!(failure instanceof ApiError && failure.code === 'NETWORK')) requestId.current = null
      setBookError(errorMessage(failure))
    } finally {
      setSubmitting(false)
    }
  }

  if (slotError) return <ErrorState message={slotError} onRetry={() => void reloadSlot()} />
  if (!slot) return <LoadingState text='正在加载号源…' />

  return (
    <View className='booking-confirm'>
      <View className='card slot-summary'>
        <Text className='key-figure'>{department?.name ?? ''}</Text>
        <Text className='body-text summary-line'>{hospital && campus ? `${hospital.name} ${campus.name}` : ''}</Text>
        <Text className='body-text summary-line visit-time'>
          {monthDay(slot.date)} {weekday(slot.date)} {SESSION_LABELS[slot.session]} {slot.start}-{slot.end}
        </Text>
        <Text className='body-text summary-line'>
          {CLINIC_TYPE_LABELS[slot.clinicType]}
          {slot.doctorName ? ` · ${slot.doctorName}` : ''}
        </Text>
      </View>

      <Text className='body-text section-title'>就诊人</Text>
      {patients.status === 'loading' || patients.status === 'idle' ? <LoadingState text='正在加载就诊人…' /> : null}
      {patients.status === 'error' && <ErrorState message={patients.error} onRetry={() => void patients.load()} />}
      {patients.status === 'ready' && patients.patients.length === 0 && <EmptyState text='还没有就诊人，请先添加。' />}
      {patients.status === 'ready' && (
        <View className='choice-grid member-choices'>
          {patients.patients.map((p) => (
            <View
              key={p.id}
              className={`choice-card member-choice tappable ${p.id === memberId ? 'selected' : ''}`}
              data-member-id={p.id}
              onClick={() => choosePatient(p.id)}
            >
              <Text className='body-text choice-name'>
                {p.name}（{p.relationLabel}，{p.age}岁）
              </Text>
              <Text className='body-text muted'>身份证 {p.idNumberMasked}</Text>
            </View>
          ))}
          <Button id='add-patient' className='btn tappable' onClick={() => void Taro.navigateTo({ url: MEMBER_EDIT_PAGE })}>
            添加就诊人
          </Button>
        </View>
      )}

      {memberId && (
        <View className='fee-section'>
          <Text className='body-text section-title'>费用</Text>
          {quote.status === 'loading' && <LoadingState text='正在计算费用…' />}
          {quote.status === 'error' && <ErrorState message={quote.error} onRetry={() => void loadQuote(memberId, params.slotId)} />}
          {quoteValue && quoteValue.bookability !== 'open' && (
            <Text className='body-text notice slot-unbookable'>该时段{UNBOOKABLE_REASONS[quoteValue.bookability]}，请返回选择其他时段。</Text>
          )}
          {quoteValue && anchors.length > 0 && (
            <View className='fee-options'>
              <Text className='body-text notice good revisit-hint'>该就诊人在本院区本科室有三日内的首诊，同一疾病复诊可免费。请选择：</Text>
              {anchors.map((anchor, index) => {
                const selected = choice?.kind === 'revisit' && choice.anchorId === anchor.registrationId
                return (
                  <View
                    key={anchor.registrationId}
                    id={index === 0 ? 'option-revisit' : `option-revisit-${anchor.registrationId}`}
                    className={`option-card revisit tappable ${selected ? 'selected' : ''}`}
                    data-anchor-id={anchor.registrationId}
                    onClick={() => pickFee({ kind: 'revisit', anchorId: anchor.registrationId })}
                  >
                    <View className='option-text'>
                      <Text className='body-text'>{revisitOfferText(anchor)}</Text>
                    </View>
                    <Text className='key-figure option-price'>0元</Text>
                  </View>
                )
              })}
              <View
                id='option-new'
                className={`option-card tappable ${choice?.kind === 'new' ? 'selected' : ''}`}
                onClick={() => pickFee({ kind: 'new' })}
              >
                <View className='option-text'>
                  <Text className='body-text'>新的疾病或不同病种</Text>
                  <Text className='body-text muted'>
                    挂号费 {formatYuan(quoteValue.registrationFee)} + 诊察费 {formatYuan(quoteValue.consultationFee)}
                  </Text>
                </View>
                <Text className='key-figure option-price'>{formatYuan(quoteValue.fee)}</Text>
              </View>
            </View>
          )}
          {quoteValue && anchors.length === 0 && (
            <View className='card fee-rows'>
              <View className='fee-row'>
                <Text className='body-text'>挂号费</Text>
                <Text className='body-text'>{formatYuan(quoteValue.registrationFee)}</Text>
              </View>
              <View className='fee-row'>
                <Text className='body-text'>诊察费</Text>
                <Text className='body-text'>{formatYuan(quoteValue.consultationFee)}</Text>
              </View>
              <View className='fee-row'>
                <Text className='body-text'>合计</Text>
                <Text className='key-figure fee-text'>{formatYuan(quoteValue.fee)}</Text>
              </View>
            </View>
          )}
        </View>
      )}

      <Text className='body-text muted notice cancel-rule'>
        {monthDay(slot.date)}0点前可在「我的挂号」免费取消；就诊当天不能取消，未就诊记为爽约。
      </Text>

      {bookError && <Text className='field-error book-error'>{bookError}</Text>}
      {memberId && quoteValue && anchors.length > 0 && !choice && (
        <Text className='body-text muted choose-hint'>请先选择是否为同一疾病复诊</Text>
      )}
      <Button
        id='book-submit'
        className={`btn btn-primary tappable full-width ${canSubmit ? '' : 'is-disabled'}`}
        disabled={!canSubmit || undefined}
        onClick={() => void submit()}
      >
        {submitting ? '正在挂号…' : '确认挂号'}
      </Button>
    </View>
  )
}
