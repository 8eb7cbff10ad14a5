import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Input, Text, Textarea, View } from '@tarojs/components'
import type { ComplaintView } from '@/domain/heating/contract'
import { COMPLAINT_LIMITS } from '@/domain/heating/complaint-rules'
import { shanghaiDateTime } from '@/domain/date-wording'
import { useMutation } from '@/shared/api/use-mutation'
import { ActionButton } from '@/shared/ui/action-button'
import { Choice, ChoiceGroup } from '@/shared/ui/choice'
import { FormError, FormField } from '@/shared/ui/form-field'
import { heatingApi } from '../api'
import { RATING_WORDS } from '../heating-labels'
import './heating.scss'

const { ratingComment: COMMENT_MAX, reopenReason: REASON_MAX } = COMPLAINT_LIMITS
const SCORES = [5, 4, 3, 2, 1]

type Changed = (complaint: ComplaintView) => void

function ConfirmOrReopen({ complaint: c, onChanged }: { complaint: ComplaintView; onChanged: Changed }) {
  const [reopening, setReopening] = useState(false)
  const [reason, setReason] = useState('')
  const confirm = useMutation((complaintId: string, requestId: string) => heatingApi.confirm(complaintId, requestId))
  const reopen = useMutation(heatingApi.reopen)
  const busy = confirm.pending || reopen.pending
  const reasonMissing = reason.trim().length < 2 ? '请写明哪里还没解决（至少2个字）' : ''

  const done = (result: { ok: true; data: ComplaintView } | { ok: false }, title: string) => {
    if (!result.ok) return
    void Taro.showToast({ title, icon: 'success' })
    setReopening(false)
    onChanged(result.data)
  }

  if (!c.canConfirm && !c.canReopen) return null
  return (
    <View className='card resident-actions' role='group' aria-label='处理结果'>
      <Text className='body-text section-title'>{c.canConfirm ? '问题解决了吗？' : '问题又出现了？'}</Text>
      {c.canConfirm && (
        <>
          {c.autoCloseAt && (
            <Text className='body-text muted'>
              <Text className='nowrap'>{shanghaiDateTime(c.autoCloseAt)}</Text>前未确认也未申请重新处理的，将自动办结。
            </Text>
          )}
          <ActionButton id='confirm-complaint' kind='primary' block disabled={busy} onClick={() => void confirm.run(c.id).then((r) => done(r, '已确认办结'))}>
            已解决，确认办结
          </ActionButton>
          <FormError name='confirm' text={confirm.error?.message} />
        </>
      )}
      {c.canReopen && (
        <>
          {c.reopenUntil && (
            <Text className='body-text muted reopen-until'>
              没解决可申请重新处理，<Text className='nowrap'>{shanghaiDateTime(c.reopenUntil)}</Text>前可申请。
            </Text>
          )}
          {!reopening ? (
            <ActionButton id='reopen-open' block onClick={() => setReopening(true)}>
              没解决，申请重新处理
            </ActionButton>
          ) : (
            <View className='reopen-form'>
              <FormField label='哪里还没解决' name='reopen-reason' error={reopen.error?.fields.reason}>
                {({ nativeProps }) => (
                  <Input
                    id='reopen-reason'
                    className='body-text field-input tappable'
                    nativeProps={nativeProps}
                    value={reason}
                    maxlength={REASON_MAX}
                    placeholder='如：维修后第二天又不热了'
                    onInput={(e) => {
                      setReason(e.detail.value)
                      reopen.reset()
                    }}
                  />
                )}
              </FormField>
              <FormError name='reopen' text={reopen.error && !reopen.error.fields.reason ? reopen.error.message : undefined} />
              {reasonMissing && (
                <Text id='reopen-missing' className='body-text report-missing'>
                  {reasonMissing}
                </Text>
              )}
              <ActionButton
                id='reopen-submit'
                kind='primary'
                block
                disabled={busy || Boolean(reasonMissing)}
                describedBy={reasonMissing ? 'reopen-missing' : undefined}
                onClick={() => void reopen.run({ complaintId: c.id, reason: reason.trim() }).then((r) => done(r, '已申请重新处理'))}
              >
                {reopen.pending ? '正在提交…' : '提交重新处理申请'}
              </ActionButton>
            </View>
          )}
        </>
      )}
    </View>
  )
}

function Rating({ complaint: c, onChanged }: { complaint: ComplaintView; onChanged: Changed }) {
  const [score, setScore] = useState(0)
  const [comment, setComment] = useState('')
  const rate = useMutation(heatingApi.rate)

  if (c.rating) {
    return (
      <View className='card rating-card rated' role='group' aria-label='您的评价'>
        <Text className='body-text section-title'>您的评价</Text>
        <Text className='key-figure rating-score nowrap'>
          {c.rating.score}分 {RATING_WORDS[c.rating.score]}
        </Text>
        {c.rating.comment && <Text className='body-text rating-comment'>{c.rating.comment}</Text>}
      </View>
    )
  }
  if (!c.canRate) return null
  const missing = score === 0 ? '请先选择评分' : ''
  const send = async () => {
    const trimmed = comment.trim()
    const result = await rate.run({ complaintId: c.id, score, ...(trimmed ? { comment: trimmed } : {}) })
    if (result.ok) {
      void Taro.showToast({ title: '感谢您的评价', icon: 'success' })
      onChanged(result.data)
    }
  }
  return (
    <View className='card rating-card' role='group' aria-label='评价处理结果'>
      <Text className='body-text section-title'>评价处理结果（只能评价一次）</Text>
      <ChoiceGroup label='评分' className='rating-choices'>
        {SCORES.map((s) => (
          <Choice key={s} id={`score-${s}`} selected={score === s} onSelect={() => {
            setScore(s)
            rate.reset()
          }}>
            <Text className='body-text rating-choice'>
              {s}分 {RATING_WORDS[s]}
            </Text>
          </Choice>
        ))}
      </ChoiceGroup>
      <FormField label={`想说的话（选填，最多${COMMENT_MAX}字）`} name='rating-comment' error={rate.error?.fields.comment}>
        {({ nativeProps }) => (
          <Textarea id='rating-comment' className='body-text field-input field-textarea' nativeProps={nativeProps} value={comment} maxlength={COMMENT_MAX} placeholder='如：师傅来得快，现在暖和了' onInput={(e) => setComment(e.detail.value)} />
        )}
      </FormField>
      <FormError name='rate' text={rate.error && !rate.error.fields.comment ? rate.error.message : undefined} />
      {missing && (
        <Text id='rate-missing' className='body-text report-missing'>
          {missing}
        </Text>
      )}
      <ActionButton id='rate-submit' kind='primary' block disabled={rate.pending || Boolean(missing)} describedBy={missing ? 'rate-missing' : undefined} onClick={() => void send()}>
        {rate.pending ? '正在提交…' : '提交评价'}
      </ActionButton>
    </View>
  )
}

/** The resident's moves on a result: confirm (办结), reopen with a reason within the window, and rate once. */
export function ResidentActions({ complaint, onChanged }: { complaint: ComplaintView; onChanged: Changed }) {
  return (
    <>
      <ConfirmOrReopen complaint={complaint} onChanged={onChanged} />
      <Rating complaint={complaint} onChanged={onChanged} />
    </>
  )
}
