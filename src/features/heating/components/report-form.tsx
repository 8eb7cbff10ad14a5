import { useEffect, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { Input, Text, Textarea, View } from '@tarojs/components'
import type { Member } from '@/domain/account/contract'
import type { CategoryOption, CommunitiesAnswer, ComplaintCategory } from '@/domain/heating/contract'
import { COMPLAINT_LIMITS } from '@/domain/heating/complaint-rules'
import { heatingSentences } from '@/domain/heating/policy-sentences'
import { useMutation } from '@/shared/api/use-mutation'
import { useQuery } from '@/shared/api/use-query'
import { fetchMembers } from '@/shared/members/members-api'
import { MemberPicker } from '@/shared/members/member-picker'
import { withQuery } from '@/shared/routes'
import { useSessionStore } from '@/shared/session/session-store'
import { ActionButton } from '@/shared/ui/action-button'
import { AsyncView, SignInPrompt } from '@/shared/ui/async-view'
import { Choice, ChoiceGroup } from '@/shared/ui/choice'
import { FormError, FormField } from '@/shared/ui/form-field'
import { PhotoPicker, type PhotoPickerState } from '@/shared/ui/photo-picker'
import { heatingApi, type SubmitComplaintInput } from '../api'
import { chinaInstant, parseCelsius } from '../heating-labels'
import { HEATING_PAGES } from '../routes'
import { CompanyLine } from './complaint-facts'
import { NO_PLACE, PlacePicker, type PlaceDraft } from './place-picker'
import { newReading, ReadingsField, type ReadingDraft } from './readings-field'
import './heating.scss'

/** A door number as residents write it ('502', '1-502'); a trailing 室 is dropped, as the function does. */
const ROOM = /^[0-9A-Za-z-]{1,10}$/
const roomOf = (text: string) => text.trim().replace(/室$/, '')
const PHONE = /^1[3-9]\d{9}$/

/** Whose phone the crew calls: a family member's (sent as memberId: the app holds it masked only) or one typed here. */
type Contact = { kind: 'member'; memberId: string; phoneMasked: string } | { kind: 'phone'; phone: string } | null

/** 我要反映: signed-in residents only (the complaint, its notices and the place are the account's). */
export function ReportForm() {
  const userId = useSessionStore((state) => state.user?.id)
  if (!userId) return <SignInPrompt text='请先登录，再反映供热问题。' />
  return <SignedInReportForm userId={userId} />
}

function SignedInReportForm({ userId }: { userId: string }) {
  const communities = useQuery(['heating.communities', userId], heatingApi.communities)
  return (
    <AsyncView query={communities} loadingText='正在加载小区…' isEmpty={(data) => data.communities.length === 0} emptyText='暂无可反映的小区，请致电供热公司。'>
      {(answer) => <ReportFormBody answer={answer} userId={userId} />}
    </AsyncView>
  )
}

interface Draft {
  place: PlaceDraft
  room: string
  category: ComplaintCategory | null
  readings: ReadingDraft[]
  description: string
  photos: PhotoPickerState
  contact: Contact
}

/** The first thing still missing, said beside the disabled 提交 button. */
function missingReason(draft: Draft, category: CategoryOption | undefined, answer: CommunitiesAnswer, pending: boolean): string {
  if (pending) return '正在提交，请稍候'
  if (!draft.place.communityId) return '请选择小区'
  if (!draft.place.buildingId) return '请选择楼栋'
  if (!draft.place.unitId) return '请选择单元'
  if (!ROOM.test(roomOf(draft.room))) return '请填写门牌号，如 502'
  if (!category) return '请选择问题类型'
  if (category.seasonal && !answer.season.inSeason) return heatingSentences.outOfSeason(answer.policy, category.id)
  if (category.needsReading) {
    const bad = draft.readings.findIndex((r) => 'error' in parseCelsius(r.text))
    if (bad >= 0) {
      const parsed = parseCelsius(draft.readings[bad].text)
      return `${draft.readings.length > 1 ? `第${bad + 1}次测温：` : ''}${'error' in parsed ? parsed.error : ''}`
    }
  }
  if (draft.description.trim().length > COMPLAINT_LIMITS.description) return `问题描述最多${COMPLAINT_LIMITS.description}字`
  if (draft.photos.uploading) return '照片正在上传，请稍候'
  if (draft.photos.failed > 0) return `有${draft.photos.failed}张照片上传失败，请重新上传或删除`
  if (!draft.contact) return '请选择联系人或填写联系电话'
  if (draft.contact.kind === 'phone' && !PHONE.test(draft.contact.phone)) return '请填写11位手机号'
  return ''
}

function toInput(draft: Draft, category: CategoryOption): SubmitComplaintInput {
  const description = draft.description.trim()
  const contact = draft.contact!
  return {
    ...draft.place,
    room: roomOf(draft.room),
    category: category.id,
    readings: category.needsReading
      ? draft.readings.map((r) => ({ celsius: (parseCelsius(r.text) as { celsius: number }).celsius, at: chinaInstant(r.date, r.time) }))
      : [],
    ...(description ? { description } : {}),
    ...(draft.photos.fileIds.length ? { photos: draft.photos.fileIds } : {}),
    ...(contact.kind === 'member' ? { memberId: contact.memberId } : { phone: contact.phone }),
  }
}

/** The member the crew calls unless the resident picks another: 本人, else the first. */
const defaultContact = (members: Member[]): Contact => {
  const member = members.find((m) => m.relation === 'self') ?? members[0]
  return member ? { kind: 'member', memberId: member.id, phoneMasked: member.phoneMasked } : null
}

function ReportFormBody({ answer, userId }: { answer: CommunitiesAnswer; userId: string }) {
  const now = () => new Date()
  const [draft, setDraft] = useState<Draft>(() => ({
    place: answer.lastPlace ? { communityId: answer.lastPlace.communityId, buildingId: answer.lastPlace.buildingId, unitId: answer.lastPlace.unitId } : NO_PLACE,
    room: answer.lastPlace?.room ?? '',
    category: null,
    readings: [newReading(1, new Date())],
    description: '',
    photos: { fileIds: [], uploading: false, failed: 0 },
    contact: null,
  }))
  const members = useQuery(['account.members', userId], fetchMembers)
  const contactTouched = useRef(false)
  const submit = useMutation(heatingApi.submit)

  const update = (change: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...change }))
    submit.reset()
  }

  // Prefill the contact from the family once it has come, unless the resident already chose.
  useEffect(() => {
    if (!members.data || contactTouched.current) return
    setDraft((d) => (d.contact ? d : { ...d, contact: defaultContact(members.data!.members) }))
  }, [members.data])

  const category = answer.categories.find((c) => c.id === draft.category)
  const community = answer.communities.find((c) => c.id === draft.place.communityId)
  const missing = missingReason(draft, category, answer, submit.pending)
  const fields = submit.error?.code === 'VALIDATION_FAILED' ? submit.error.fields : {}
  const readingErrors: Record<number, string | undefined> = Object.fromEntries(
    draft.readings.map((r, i) => {
      const parsed = r.text.trim() === '' ? null : parseCelsius(r.text)
      return [i, (parsed && 'error' in parsed ? parsed.error : undefined) ?? fields[`readings.${i}.celsius`] ?? fields[`readings.${i}.at`]]
    }),
  )
  const placeError = fields.communityId ?? fields.buildingId ?? fields.unitId

  const chooseContact = (contact: Contact) => {
    contactTouched.current = true
    update({ contact })
  }

  const send = async () => {
    if (missing || !category) return
    const result = await submit.run(toInput(draft, category))
    if (result.ok) void Taro.redirectTo({ url: withQuery(HEATING_PAGES.complaint, { id: result.data.id, sent: '1' }) })
  }

  return (
    <View className='report-form'>
      <PlacePicker communities={answer.communities} value={draft.place} onChange={(place) => update({ place })} error={placeError} />

      <FormField label='门牌号' name='room' hint='如 502、1-502，不用写“室”' error={fields.room}>
        {({ nativeProps }) => (
          <Input id='report-room' className='body-text field-input tappable' nativeProps={nativeProps} value={draft.room} maxlength={12} placeholder='如 502' onInput={(e) => update({ room: e.detail.value })} />
        )}
      </FormField>

      <View className='card category-field'>
        <Text className='body-text field-label'>遇到了什么问题</Text>
        {!answer.season.inSeason && <Text className='body-text notice season-notice'>现在不在供暖期。{answer.season.sentence}。</Text>}
        <ChoiceGroup label='问题类型'>
          {answer.categories.map((c) => {
            const refused = c.seasonal && !answer.season.inSeason
            return (
              <Choice key={c.id} id={`category-${c.id}`} selected={draft.category === c.id} disabled={refused} onSelect={() => update({ category: c.id })} data={{ 'data-category': c.id }}>
                <Text className='body-text category-label'>{c.label}</Text>
                {refused && <Text className='body-text category-refused'>{heatingSentences.outOfSeason(answer.policy, c.id)}</Text>}
              </Choice>
            )
          })}
        </ChoiceGroup>
      </View>

      {category?.needsReading && (
        <ReadingsField
          readings={draft.readings}
          onChange={(readings) => update({ readings })}
          errors={readingErrors}
          error={fields.readings}
          guide={answer.measuringGuide}
          now={now}
        />
      )}

      <FormField label={`问题描述（选填，最多${COMPLAINT_LIMITS.description}字）`} name='description' error={fields.description}>
        {({ nativeProps }) => (
          <>
            <Textarea
              id='report-description'
              className='body-text field-input field-textarea'
              nativeProps={nativeProps}
              value={draft.description}
              maxlength={COMPLAINT_LIMITS.description}
              placeholder='如：卧室和客厅都不热，暖气片上凉下热'
              onInput={(e) => update({ description: e.detail.value })}
            />
            <Text className='muted field-hint description-count'>
              已写{draft.description.length}字，还可写{Math.max(0, COMPLAINT_LIMITS.description - draft.description.length)}字
            </Text>
          </>
        )}
      </FormField>

      <View className='card'>
        <PhotoPicker label='现场照片' max={COMPLAINT_LIMITS.photos} onChange={(photos) => setDraft((d) => ({ ...d, photos }))} />
        {fields.photos && <Text role='alert' className='field-error field-error-photos'>{fields.photos}</Text>}
      </View>

      <View className='card contact-field'>
        <MemberPicker label='联系人' value={draft.contact?.kind === 'member' ? draft.contact.memberId : ''} onChange={(m) => chooseContact({ kind: 'member', memberId: m.id, phoneMasked: m.phoneMasked })} />
        {draft.contact?.kind === 'member' && (
          <Text className='body-text contact-phone'>
            维修人员会打这个电话：<Text className='nowrap'>{draft.contact.phoneMasked}</Text>
          </Text>
        )}
        {draft.contact?.kind === 'phone' ? (
          <FormField label='联系电话' name='phone' hint='只给供热公司联系您用，保存后只显示部分号码' error={fields.phone}>
            {({ nativeProps }) => (
              <Input
                id='report-phone'
                className='body-text field-input tappable'
                nativeProps={nativeProps}
                type='number'
                maxlength={11}
                value={draft.contact?.kind === 'phone' ? draft.contact.phone : ''}
                placeholder='请输入11位手机号'
                onInput={(e) => chooseContact({ kind: 'phone', phone: e.detail.value })}
              />
            )}
          </FormField>
        ) : (
          <ActionButton id='contact-other-phone' block onClick={() => chooseContact({ kind: 'phone', phone: '' })}>
            填写其他电话
          </ActionButton>
        )}
      </View>

      {category && <Text className='body-text notice deadline-preview'>提交后：{category.deadlineSentence}。</Text>}
      <FormError name='submit' text={submit.error?.message} />
      {submit.error?.code === 'DUPLICATE_COMPLAINT' && (
        <ActionButton id='go-my-complaints' block onClick={() => void Taro.navigateTo({ url: HEATING_PAGES.mine })}>
          查看我的反映
        </ActionButton>
      )}
      {missing && (
        <Text id='report-missing' className='body-text report-missing' aria-live='polite'>
          {missing}
        </Text>
      )}
      <ActionButton id='report-submit' kind='primary' block disabled={Boolean(missing)} describedBy={missing ? 'report-missing' : undefined} onClick={() => void send()}>
        {submit.pending ? '正在提交…' : '提交反映'}
      </ActionButton>

      {community && (
        <>
          <Text className='body-text section-title call-title'>着急可直接打电话</Text>
          <CompanyLine complaint={community} />
        </>
      )}
    </View>
  )
}
