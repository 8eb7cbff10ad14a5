import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Input, Text, View } from '@tarojs/components'
import type { SeekerRegistration as Registration, StationView } from '@/domain/jobs/contract'
import type { PostingCategory } from '@/domain/jobs/vocabulary'
import { useMutation } from '@/shared/api/use-mutation'
import { useQuery } from '@/shared/api/use-query'
import { MemberPicker } from '@/shared/members/member-picker'
import { ActionButton } from '@/shared/ui/action-button'
import { AsyncView } from '@/shared/ui/async-view'
import { FormError, FormField } from '@/shared/ui/form-field'
import { jobsApi } from '../api'
import { fieldError, shownBesideFields } from '../form-errors'
import { splitSkills } from '../jobs-wording'
import { useStation, useUserId } from '../use-jobs-session'
import { ChipChoices, ChipMultiChoice } from './chips'
import './jobs.scss'

/** Quick answers for 什么时候能干活; anything else can be typed. */
const AVAILABILITY_CHOICES = ['随时可上岗', '只做日结零工', '周末和节假日', '每天上午', '每天下午']

interface Values {
  skills: string
  categories: PostingCategory[]
  availability: string
  area: string
}

const valuesOf = (r: Registration | undefined): Values => ({
  skills: r ? r.skills.join('、') : '',
  categories: r ? r.categories : [],
  availability: r?.availability ?? '',
  area: r?.area ?? '',
})

/** 求职登记: what a member can do, wants to do, when and where; one registration per member, replaced on each save. */
export function SeekerRegistration() {
  const userId = useUserId()
  const station = useStation()
  const profile = useQuery(['jobs.profile', userId], () => jobsApi.profile(), { enabled: Boolean(userId) })
  const [memberId, setMemberId] = useState('')
  return (
    <View className='seeker-registration'>
      <View className='card'>
        <Text className='body-text'>登记您会什么、想干什么、什么时候有空。报名岗位时，用工单位会看到这份登记，好判断合不合适。</Text>
      </View>
      {profile.data && profile.data.registrations.length > 0 && (
        <View className='card registered-list' role='group' aria-label='已登记'>
          <Text className='body-text section-title'>已登记</Text>
          {profile.data.registrations.map((r) => (
            <Text key={r.memberId} className='body-text summary-line'>
              {r.memberName}：{[r.categoryLabels.join('、'), r.availability].filter(Boolean).join(' · ')}
            </Text>
          ))}
        </View>
      )}
      <MemberPicker label='求职人' value={memberId} onChange={(member) => setMemberId(member.id)} />
      {userId && memberId && (
        <AsyncView query={station} loadingText='正在加载…'>
          {(s) => (
            <AsyncView query={profile} loadingText='正在加载登记…'>
              {(answer) => (
                <RegistrationForm
                  key={memberId}
                  memberId={memberId}
                  existing={answer.registrations.find((r) => r.memberId === memberId)}
                  station={s}
                  onSaved={profile.reload}
                />
              )}
            </AsyncView>
          )}
        </AsyncView>
      )}
      {userId && !memberId && <Text className='body-text missing-reason'>请先选择求职人，再填写登记。</Text>}
    </View>
  )
}

function RegistrationForm({ memberId, existing, station, onSaved }: { memberId: string; existing?: Registration; station: StationView; onSaved: () => Promise<void> }) {
  const [values, setValues] = useState<Values>(() => valuesOf(existing))
  const save = useMutation(jobsApi.register)
  const set = (patch: Partial<Values>) => setValues((v) => ({ ...v, ...patch }))
  const fields = save.error?.fields
  const missing = !values.availability.trim() ? '请说明什么时候能干活' : !values.area.trim() ? '请填写想在哪里干活' : ''

  const submit = async () => {
    if (missing) return
    const result = await save.run({
      memberId,
      skills: splitSkills(values.skills),
      categories: values.categories,
      availability: values.availability.trim(),
      area: values.area.trim(),
    })
    if (!result.ok) return
    void Taro.showToast({ title: existing ? '登记已更新' : '已登记', icon: 'success' })
    await onSaved()
  }

  return (
    <View className='registration-form'>
      {existing && <Text className='body-text notice good'>已登记过，修改后保存即可更新。</Text>}
      <FormField label='会什么（技能、证书）' name='skills' hint='用顿号或空格隔开，如：保洁、搬运、C1驾驶证' error={fieldError(fields, 'skills')}>
        {({ nativeProps }) => (
          <Input id='reg-skills' className='body-text field-input tappable' nativeProps={nativeProps} value={values.skills} maxlength={160} placeholder='如：保洁、搬运' onInput={(e) => set({ skills: e.detail.value })} />
        )}
      </FormField>
      <View className='card'>
        <Text className='body-text field-label'>想干的工种（可多选）</Text>
        <ChipMultiChoice<PostingCategory>
          label='想干的工种'
          name='reg-category'
          values={values.categories}
          onChange={(categories) => set({ categories })}
          options={station.vocabulary.categories.map((c) => ({ value: c.code, label: c.label }))}
        />
        {fieldError(fields, 'categories') && <Text className='field-error'>{fieldError(fields, 'categories')}</Text>}
      </View>
      <FormField label='什么时候能干活' name='availability' error={fieldError(fields, 'availability')}>
        {({ nativeProps }) => (
          <>
            <ChipChoices<string>
              label='常见的时间'
              name='reg-availability'
              value={values.availability}
              onChange={(availability) => set({ availability })}
              options={AVAILABILITY_CHOICES.map((c) => ({ value: c, label: c }))}
            />
            <Input
              id='reg-availability'
              className='body-text field-input tappable'
              nativeProps={nativeProps}
              value={values.availability}
              maxlength={40}
              placeholder='也可以自己写'
              onInput={(e) => set({ availability: e.detail.value })}
            />
          </>
        )}
      </FormField>
      <FormField label='想在哪里干活' name='area' hint='镇、乡或小区，如：伊通镇、营城子镇' error={fieldError(fields, 'area')}>
        {({ nativeProps }) => (
          <Input id='reg-area' className='body-text field-input tappable' nativeProps={nativeProps} value={values.area} maxlength={40} placeholder='如：伊通镇' onInput={(e) => set({ area: e.detail.value })} />
        )}
      </FormField>
      <FormError name='register' text={save.error && !shownBesideFields(fields, ['skills', 'categories', 'availability', 'area']) ? save.error.message : undefined} />
      {missing && <Text className='body-text missing-reason'>{missing}</Text>}
      <ActionButton id='register-submit' kind='primary' block disabled={Boolean(missing) || save.pending} onClick={() => void submit()}>
        {save.pending ? '正在保存…' : existing ? '更新登记' : '保存登记'}
      </ActionButton>
    </View>
  )
}
