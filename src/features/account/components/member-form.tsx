import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { Input, Picker, Switch, Text, View } from '@tarojs/components'
import type { Member } from '@/domain/account/contract'
import { businessDate } from '@/domain/business-date'
import { RELATION_CODES, RELATIONS, type MemberFieldErrors } from '@/domain/member'
import { useMutation } from '@/shared/api/use-mutation'
import { SIGN_IN_TAB } from '@/shared/routes'
import { useSessionStore } from '@/shared/session/session-store'
import { ActionButton } from '@/shared/ui/action-button'
import { ErrorView, LoadingView, SignInPrompt, EmptyView } from '@/shared/ui/async-view'
import { FormError, FormField } from '@/shared/ui/form-field'
import { accountApi, type MemberChanges, type NewMember } from '../api'
import { hasChanges, memberChanges, newMemberPayload, validateMemberForm, type MemberFormField, type MemberFormValues } from '../member-form-model'
import { useMembersStore } from '../members-store'
import './member-form.scss'

type FormErrors = MemberFieldErrors & { consent?: string; form?: string }

const CONSENT_TEXT = '我已阅读并同意：身份证号仅用于挂号、助餐等实名服务，页面只显示脱敏号码'
/** Why a member's ID number cannot change (rules count the person by it). */
export const ID_LOCKED_REASON = '已有就诊等记录，身份证号不能修改；如需更换，请删除该成员后重新添加'
const RELATION_LABELS = RELATION_CODES.map((code) => RELATIONS[code])
const EMPTY_VALUES: MemberFormValues = { name: '', idNumber: '', phone: '', relation: '' }

/** 添加 / 编辑家庭成员. Signed out: sign in first (nothing here works without an account). */
export function MemberForm({ memberId }: { memberId?: string }) {
  const signedIn = useSessionStore((state) => state.user !== null)
  if (!signedIn) return <SignInPrompt text='请先登录，再添加或编辑家庭成员。' />
  return <MemberFormLoader memberId={memberId} />
}

function MemberFormLoader({ memberId }: { memberId?: string }) {
  const status = useMembersStore((state) => state.status)
  const error = useMembersStore((state) => state.error)
  const members = useMembersStore((state) => state.members)
  const load = useMembersStore((state) => state.load)
  const existing: Member | undefined = memberId ? members.find((m) => m.id === memberId) : undefined

  useEffect(() => {
    if (status === 'idle') void load()
  }, [status, load])

  if (status === 'error' && error) return <ErrorView error={error} onRetry={() => void load()} />
  if (status !== 'ready') return <LoadingView text='正在加载家庭成员…' />
  if (memberId && !existing) {
    return (
      <EmptyView text='没有找到这位家庭成员，可能已被删除。'>
        <ActionButton kind='primary' onClick={() => void Taro.switchTab({ url: SIGN_IN_TAB })}>
          查看家庭成员
        </ActionButton>
      </EmptyView>
    )
  }
  // Consent is asked before the first ID number is stored; the server has the final word.
  const consentRequired = !memberId && members.length === 0
  return <MemberFormFields key={existing?.id ?? 'new'} existing={existing} consentRequired={consentRequired} />
}

type Save = { kind: 'add'; input: NewMember } | { kind: 'update'; changes: MemberChanges }

function MemberFormFields({ existing, consentRequired }: { existing?: Member; consentRequired: boolean }) {
  const upsert = useMembersStore((state) => state.upsert)
  const editing = Boolean(existing)
  const idLocked = Boolean(existing?.idNumberLocked)
  const [values, setValues] = useState<MemberFormValues>(() =>
    existing ? { name: existing.name, idNumber: '', phone: '', relation: existing.relation } : EMPTY_VALUES,
  )
  const [errors, setErrors] = useState<FormErrors>({})
  const [consent, setConsent] = useState(false)
  // One save intent (these values) keeps one request id across retries; a changed form is a new intent.
  const save = useMutation((change: Save, requestId: string) =>
    change.kind === 'add' ? accountApi.addMember(change.input, requestId) : accountApi.updateMember(change.changes, requestId),
  )

  const change = (field: MemberFormField, value: string) => {
    setValues((prev) => ({ ...prev, [field]: value }))
    setErrors((prev) => ({ ...prev, [field]: undefined, form: undefined }))
  }

  const checkField = (field: MemberFormField, value: string) => {
    const next = { ...values, [field]: value }
    const fieldError = validateMemberForm(next, editing, businessDate(new Date()))[field]
    setErrors((prev) => ({ ...prev, [field]: fieldError }))
  }

  const submit = async () => {
    if (save.pending) return
    const fieldErrors: FormErrors = validateMemberForm(values, editing, businessDate(new Date()))
    if (consentRequired && !consent) fieldErrors.consent = '请先阅读并同意个人信息使用说明'
    if (Object.values(fieldErrors).some(Boolean)) {
      setErrors(fieldErrors)
      return
    }
    let request: Save
    if (existing) {
      const changes = memberChanges(values, existing)
      if (!hasChanges(changes)) {
        void Taro.navigateBack()
        return
      }
      request = { kind: 'update', changes }
    } else {
      request = { kind: 'add', input: newMemberPayload(values, consent) }
    }
    const result = await save.run(request)
    if (result.ok) {
      upsert(result.data)
      void Taro.showToast({ title: '已保存', icon: 'success' })
      void Taro.navigateBack()
      return
    }
    const failure = result.error
    if (failure.code === 'CONSENT_REQUIRED') setErrors({ consent: failure.message })
    else if (Object.keys(failure.fields).length > 0) setErrors({ ...failure.fields, form: failure.message })
    else setErrors({ form: failure.message })
  }

  const relationIndex = RELATION_CODES.indexOf(values.relation as (typeof RELATION_CODES)[number])

  return (
    <View className='member-form'>
      <FormField label='姓名' name='name' error={errors.name}>
        {({ nativeProps }) => (
          <Input
            id='member-name'
            className='body-text field-input tappable'
            nativeProps={nativeProps}
            value={values.name}
            maxlength={30}
            placeholder='请输入姓名'
            onInput={(event) => change('name', event.detail.value)}
            onBlur={(event) => checkField('name', event.detail.value)}
          />
        )}
      </FormField>

      {idLocked && existing ? (
        <FormField label='身份证号' name='idNumber' hint={ID_LOCKED_REASON}>
          <Text id='member-id-number-locked' className='body-text field-input is-readonly' aria-readonly='true'>
            {existing.idNumberMasked}
          </Text>
        </FormField>
      ) : (
        <FormField label='身份证号' name='idNumber' hint={editing ? '不修改请留空' : undefined} error={errors.idNumber}>
          {({ nativeProps }) => (
            <Input
              id='member-id-number'
              className='body-text field-input tappable'
              nativeProps={nativeProps}
              type='idcard'
              value={values.idNumber}
              maxlength={18}
              placeholder={existing ? existing.idNumberMasked : '请输入18位身份证号'}
              onInput={(event) => change('idNumber', event.detail.value)}
              onBlur={(event) => checkField('idNumber', event.detail.value)}
            />
          )}
        </FormField>
      )}

      <FormField label='手机号' name='phone' hint={editing ? '不修改请留空' : undefined} error={errors.phone}>
        {({ nativeProps }) => (
          <Input
            id='member-phone'
            className='body-text field-input tappable'
            nativeProps={nativeProps}
            type='number'
            value={values.phone}
            maxlength={11}
            placeholder={existing ? existing.phoneMasked : '请输入11位手机号'}
            onInput={(event) => change('phone', event.detail.value)}
            onBlur={(event) => checkField('phone', event.detail.value)}
          />
        )}
      </FormField>

      <FormField label='与本人关系' name='relation' error={errors.relation}>
        <Picker
          id='member-relation'
          mode='selector'
          range={RELATION_LABELS}
          value={relationIndex < 0 ? 0 : relationIndex}
          onChange={(event) => change('relation', RELATION_CODES[Number(event.detail.value)])}
        >
          <View
            role='button' tabIndex={0}
            aria-label={`与本人关系：${relationIndex < 0 ? '请选择' : RELATION_LABELS[relationIndex]}`}
            className={`body-text field-input picker-value tappable ${relationIndex < 0 ? 'placeholder' : ''}`}
          >
            {relationIndex < 0 ? '请选择' : RELATION_LABELS[relationIndex]}
          </View>
        </Picker>
      </FormField>

      {!editing && (
        <View className='card consent-row tappable'>
          <View className='consent-switch-wrap'>
            <Switch
              id='member-consent'
              checked={consent}
              color='#b33c0b'
              nativeProps={{ 'aria-label': CONSENT_TEXT }}
              onChange={(event) => {
                setConsent(event.detail.value)
                setErrors((prev) => ({ ...prev, consent: undefined }))
              }}
            />
          </View>
          <Text className='body-text consent-text'>{CONSENT_TEXT}</Text>
          <FormError name='consent' text={errors.consent} />
        </View>
      )}

      <FormError name='form' text={errors.form} />
      <ActionButton id='member-submit' kind='primary' block className='submit-button' disabled={save.pending} onClick={() => void submit()}>
        {save.pending ? '正在保存…' : '保存'}
      </ActionButton>
    </View>
  )
}
