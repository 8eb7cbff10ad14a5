import { useEffect, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, Input, Picker, Switch, Text, View } from '@tarojs/components'
import { businessDate } from '@/domain/business-date'
import { RELATION_CODES, RELATIONS, type MemberFieldErrors } from '@/domain/member'
import { ApiError, errorMessage } from '@/shared/api/api-error'
import { createRequestId } from '@/shared/api/request-id'
import { ErrorState, LoadingState } from '@/shared/ui/async-state'
import { accountApi, type Member } from '../api'
import {
  hasChanges,
  memberChanges,
  newMemberPayload,
  validateMemberForm,
  type MemberFormField,
  type MemberFormValues,
} from '../member-form-model'
import { useMembersStore } from '../members-store'
import './member-form.scss'

type FormErrors = MemberFieldErrors & { consent?: string; form?: string }

const CONSENT_TEXT = '我已阅读并同意：身份证号仅用于挂号、助餐等实名服务，页面只显示脱敏号码'
const RELATION_LABELS = RELATION_CODES.map((code) => RELATIONS[code])
const EMPTY_VALUES: MemberFormValues = { name: '', idNumber: '', phone: '', relation: '' }

function FieldError({ field, text }: { field: string; text?: string }) {
  if (!text) return null
  return <Text className={`field-error field-error-${field}`}>{text}</Text>
}

export function MemberForm({ memberId }: { memberId?: string }) {
  const { status, error: loadError, members, load } = useMembersStore()
  const existing: Member | undefined = memberId ? members.find((m) => m.id === memberId) : undefined

  useEffect(() => {
    if (status === 'idle') void load()
  }, [status, load])

  if (memberId) {
    if (status === 'idle' || status === 'loading') return <LoadingState />
    if (status === 'error') return <ErrorState message={loadError} onRetry={() => void load()} />
    if (!existing) return <ErrorState message='没有找到这位家庭成员，可能已被删除' onRetry={() => void load()} />
  }
  // Consent is asked before the first ID number is stored; the server has the final word.
  const consentRequired = !memberId && status === 'ready' && members.length === 0
  return <MemberFormFields key={existing?.id ?? 'new'} existing={existing} consentRequired={consentRequired} />
}

function MemberFormFields({ existing, consentRequired }: { existing?: Member; consentRequired: boolean }) {
  const upsert = useMembersStore((state) => state.upsert)
  const editing = Boolean(existing)
  const [values, setValues] = useState<MemberFormValues>(() =>
    existing ? { name: existing.name, idNumber: '', phone: '', relation: existing.relation } : EMPTY_VALUES,
  )
  const [errors, setErrors] = useState<FormErrors>({})
  const [consent, setConsent] = useState(false)
  const [submitting, setSubmitting] = useState(false)
  // One save intent keeps one request id across retries; editing the form starts a new intent.
  const requestId = useRef<string | null>(null)

  const change = (field: MemberFormField, value: string) => {
    requestId.current = null
    setValues((prev) => ({ ...prev, [field]: value }))
    setErrors((prev) => ({ ...prev, [field]: undefined, form: undefined }))
  }

  const checkField = (field: MemberFormField, value: string) => {
    const next = { ...values, [field]: value }
    const fieldError = validateMemberForm(next, editing, businessDate(new Date()))[field]
    setErrors((prev) => ({ ...prev, [field]: fieldError }))
  }

  const submit = async () => {
    if (submitting) return
    const fieldErrors: FormErrors = validateMemberForm(values, editing, businessDate(new Date()))
    if (consentRequired && !consent) fieldErrors.consent = '请先阅读并同意个人信息使用说明'
    if (Object.values(fieldErrors).some(Boolean)) {
      setErrors(fieldErrors)
      return
    }
    requestId.current ??= createRequestId()
    setSubmitting(true)
    try {
      let saved: Member
      if (existing) {
        const changes = memberChanges(values, existing)
        if (!hasChanges(changes)) {
          void Taro.navigateBack()
          return
        }
        saved = await accountApi.updateMember(changes, requestId.current)
      } else {
        saved = await accountApi.addMember(newMemberPayload(values, consent), requestId.current)
      }
      upsert(saved)
      requestId.current = null
      void Taro.showToast({ title: '已保存', icon: 'success' })
      void Taro.navigateBack()
    } catch (error) {
      if (error instanceof ApiError && error.code === 'CONSENT_REQUIRED') {
        setErrors({ consent: error.message })
      } else if (error instanceof ApiError && Object.keys(error.fields).length > 0) {
        setErrors({ ...error.fields, form: error.message })
      } else {
        setErrors({ form: errorMessage(error) })
      }
    } finally {
      setSubmitting(false)
    }
  }

  const relationIndex = RELATION_CODES.indexOf(values.relation as (typeof RELATION_CODES)[number])

  return (
    <View className='member-form'>
      <View className='card form-field'>
        <Text className='body-text field-label'>姓名</Text>
        <Input
          id='member-name'
          className='body-text field-input tappable'
          value={values.name}
          maxlength={30}
          placeholder='请输入姓名'
          onInput={(event) => change('name', event.detail.value)}
          onBlur={(event) => checkField('name', event.detail.value)}
        />
        <FieldError field='name' text={errors.name} />
      </View>

      <View className='card form-field'>
        <Text className='body-text field-label'>身份证号</Text>
        <Input
          id='member-id-number'
          className='body-text field-input tappable'
          type='idcard'
          value={values.idNumber}
          maxlength={18}
          placeholder={existing ? existing.idNumberMasked : '请输入18位身份证号'}
          onInput={(event) => change('idNumber', event.detail.value)}
          onBlur={(event) => checkField('idNumber', event.detail.value)}
        />
        {editing && <Text className='muted field-hint'>不修改请留空</Text>}
        <FieldError field='idNumber' text={errors.idNumber} />
      </View>

      <View className='card form-field'>
        <Text className='body-text field-label'>手机号</Text>
        <Input
          id='member-phone'
          className='body-text field-input tappable'
          type='number'
          value={values.phone}
          maxlength={11}
          placeholder={existing ? existing.phoneMasked : '请输入11位手机号'}
          onInput={(event) => change('phone', event.detail.value)}
          onBlur={(event) => checkField('phone', event.detail.value)}
        />
        {editing && <Text className='muted field-hint'>不修改请留空</Text>}
        <FieldError field='phone' text={errors.phone} />
      </View>

      <View className='card form-field'>
        <Text className='body-text field-label'>与本人关系</Text>
        <Picker
          id='member-relation'
          mode='selector'
          range={RELATION_LABELS}
          value={relationIndex < 0 ? 0 : relationIndex}
          onChange={(event) => change('relation', RELATION_CODES[Number(event.detail.value)])}
        >
          <View className={`body-text field-input picker-value tappable ${relationIndex < 0 ? 'placeholder' : ''}`}>
            {relationIndex < 0 ? '请选择' : RELATION_LABELS[relationIndex]}
          </View>
        </Picker>
        <FieldError field='relation' text={errors.relation} />
      </View>

      {!editing && (
        <View className='card consent-row tappable'>
          <Switch
            id='member-consent'
            checked={consent}
            color='#d9480f'
            onChange={(event) => {
              setConsent(event.detail.value)
              setErrors((prev) => ({ ...prev, consent: undefined }))
            }}
          />
          <Text className='body-text consent-text'>{CONSENT_TEXT}</Text>
          <FieldError field='consent' text={errors.consent} />
        </View>
      )}

      <FieldError field='form' text={errors.form} />
      <Button
        id='member-submit'
        className={`btn btn-primary tappable submit-button ${submitting ? 'is-disabled' : ''}`}
        disabled={submitting || undefined}
        onClick={() => void submit()}
      >
        {submitting ? '正在保存…' : '保存'}
      </Button>
    </View>
  )
}
