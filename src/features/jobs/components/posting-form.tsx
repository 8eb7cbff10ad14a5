import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Input, Text, Textarea, View } from '@tarojs/components'
import type { StationView } from '@/domain/jobs/contract'
import { addDays, businessDate } from '@/domain/business-date'
import { PAY_UNITS, PAY_UNIT_CODES, type PayUnit, type PostingCategory, type PostingType } from '@/domain/jobs/vocabulary'
import { useMutation } from '@/shared/api/use-mutation'
import { ActionButton } from '@/shared/ui/action-button'
import { AsyncView } from '@/shared/ui/async-view'
import { FormError, FormField } from '@/shared/ui/form-field'
import { jobsApi } from '../api'
import { fieldError, shownBesideFields } from '../form-errors'
import { locatePhone } from '../locate-phone'
import { emptyPostingForm, postingFormErrors, postingInputOf, type PostingFormValues } from '../posting-form-model'
import { JOBS_PAGES } from '../routes'
import { useStation } from '../use-jobs-session'
import { ChipChoices, ToggleChip } from './chips'
import { DateChoice } from './date-field'
import { RoleGate } from './role-gate'
import { AreaChoices } from './search-location'
import './jobs.scss'

/** A week: long enough for a gig, short enough that the posting does not linger. */
const DEFAULT_VALID_DAYS = 7

const FIELDS = ['title', 'description', 'category', 'type', 'pay', 'payUnit', 'sameDayPay', 'place', 'lat', 'lng', 'headcount', 'requirements', 'workDates', 'workHours', 'contactName', 'contactPhone', 'validThrough']

function Form({ station }: { station: StationView }) {
  const today = businessDate(new Date())
  const [values, setValues] = useState<PostingFormValues>(() => emptyPostingForm(today, addDays(today, DEFAULT_VALID_DAYS)))
  const [tried, setTried] = useState(false)
  const [locating, setLocating] = useState(false)
  const [placeProblem, setPlaceProblem] = useState('')
  const create = useMutation(jobsApi.createPosting)
  const set = (patch: Partial<PostingFormValues>) => setValues((v) => ({ ...v, ...patch }))
  const local = postingFormErrors(values)
  const server = create.error?.fields
  /** Our own check once the employer has tried to send; the server's answer after that. */
  const error = (name: string) => (tried ? local[name] : undefined) ?? fieldError(server, name)

  const hereAsPoint = async () => {
    setLocating(true)
    setPlaceProblem('')
    const located = await locatePhone()
    setLocating(false)
    if (located.ok) set({ point: { lat: located.lat, lng: located.lng, name: '我现在的位置' } })
    else setPlaceProblem(located.reason.replace('，也可以不按距离找', ''))
  }

  const submit = async () => {
    setTried(true)
    if (Object.keys(local).length > 0) return
    const result = await create.run(postingInputOf(values))
    if (!result.ok) return
    void Taro.showToast({ title: '已提交，等驿站审核', icon: 'success' })
    void Taro.redirectTo({ url: JOBS_PAGES.employer })
  }

  const textField = (name: keyof PostingFormValues, label: string, props: { placeholder?: string; maxlength?: number; type?: 'text' | 'number' | 'digit'; hint?: string; errorKey?: string }) => (
    <FormField label={label} name={String(name)} hint={props.hint} error={error(props.errorKey ?? String(name))}>
      {({ nativeProps }) => (
        <Input
          id={`posting-${String(name)}`}
          className='body-text field-input tappable'
          nativeProps={nativeProps}
          type={props.type ?? 'text'}
          value={String(values[name])}
          maxlength={props.maxlength ?? 40}
          placeholder={props.placeholder}
          onInput={(e) => set({ [name]: e.detail.value } as Partial<PostingFormValues>)}
        />
      )}
    </FormField>
  )

  const missing = Object.values(local)
  return (
    <View className='posting-form'>
      <Text className='body-text notice'>提交后由零工驿站审核，通过后才显示给求职的人；不通过会告诉您原因。</Text>
      {textField('title', '岗位名称', { placeholder: '如：小区保洁员（日结）' })}
      <View className='card'>
        <Text className='body-text field-label'>工种</Text>
        <ChipChoices<PostingCategory | null> label='工种' name='posting-category' value={values.category} onChange={(category) => set({ category })} options={station.vocabulary.categories.map((c) => ({ value: c.code, label: c.label }))} />
        {error('category') && <Text className='field-error'>{error('category')}</Text>}
        <Text className='body-text field-label type-label'>用工类型</Text>
        <ChipChoices<PostingType | null> label='用工类型' name='posting-type' value={values.type} onChange={(type) => set({ type })} options={station.vocabulary.types.map((t) => ({ value: t.code, label: t.label }))} />
        {error('type') && <Text className='field-error'>{error('type')}</Text>}
      </View>
      <FormField label='工资（元）' name='pay' error={error('pay')}>
        {({ nativeProps }) => (
          <View className='jobs-block'>
            <Input id='posting-pay' className='body-text field-input tappable' nativeProps={nativeProps} type='digit' value={values.payYuan} maxlength={10} placeholder='如 180' onInput={(e) => set({ payYuan: e.detail.value })} />
            <ChipChoices<PayUnit>
              label='计薪方式'
              name='posting-pay-unit'
              value={values.payUnit}
              onChange={(payUnit) => set({ payUnit, sameDayPay: payUnit === 'month' ? false : values.sameDayPay })}
              options={PAY_UNIT_CODES.map((code) => ({ value: code, label: `每${PAY_UNITS[code].per}` }))}
            />
            {values.payUnit === 'month' ? (
              <Text className='body-text muted'>按月计薪的岗位不能标为日结。</Text>
            ) : (
              <View className='jobs-chip-row'>
                <ToggleChip id='posting-same-day' label='日结（干一天结一天）' checked={values.sameDayPay} onChange={(sameDayPay) => set({ sameDayPay })} />
              </View>
            )}
            {error('sameDayPay') && <Text className='field-error'>{error('sameDayPay')}</Text>}
          </View>
        )}
      </FormField>
      {textField('headcount', '招几个人', { type: 'number', maxlength: 3 })}
      {textField('place', '工作地点', { placeholder: '如：伊通镇长青小区', maxlength: 60 })}
      <View className='card posting-point'>
        <Text className='body-text field-label'>地点在地图上的位置</Text>
        <Text className='body-text muted'>求职的人按距离找活、点“查看地图”时用它。人在工作地点时可以直接定位：</Text>
        {values.point && <Text className='body-text location-chosen'>✓ 已选：{values.point.name}</Text>}
        <ActionButton id='posting-here' block disabled={locating} onClick={() => void hereAsPoint()}>
          {locating ? '正在定位…' : '用我现在的位置'}
        </ActionButton>
        {locating && <Text className='body-text muted'>手机会问您是否允许，请点“允许”。</Text>}
        {placeProblem && <Text className='body-text notice'>{placeProblem}</Text>}
        <Text className='body-text muted'>或者选最近的镇或小区：</Text>
        <AreaChoices areas={station.searchAreas} chosen={values.point?.name ?? ''} onChoose={(a) => set({ point: { lat: a.lat, lng: a.lng, name: a.name } })} />
        {error('lat') && <Text className='field-error'>{error('lat')}</Text>}
      </View>
      <FormField label='截止日期（含当天）' name='validThrough' hint={`最长${station.policy.maxValidDays}天`} error={error('validThrough')}>
        <DateChoice id='posting-valid-through' label='截止日期' value={values.validThrough} start={today} end={addDays(today, station.policy.maxValidDays)} onChange={(validThrough) => set({ validThrough })} />
      </FormField>
      <View className='card'>
        <Text className='body-text field-label'>工作日期</Text>
        <View className='jobs-chip-row'>
          <ToggleChip id='posting-has-dates' label='有固定的工作日期' checked={values.hasWorkDates} onChange={(hasWorkDates) => set({ hasWorkDates })} />
        </View>
        {values.hasWorkDates && (
          <View className='inline-fields'>
            <DateChoice id='posting-work-from' label='开始日期' value={values.workFrom} start={today} onChange={(workFrom) => set({ workFrom, workTo: values.workTo < workFrom ? workFrom : values.workTo })} />
            <Text className='body-text'>至</Text>
            <DateChoice id='posting-work-to' label='结束日期' value={values.workTo} start={values.workFrom} onChange={(workTo) => set({ workTo })} />
          </View>
        )}
        {error('workDates') && <Text className='field-error'>{error('workDates')}</Text>}
      </View>
      {textField('workHours', '工作时间', { placeholder: '如：08:00-17:00', hint: '可不填' })}
      <View className='card'>
        <Text className='body-text field-label'>年龄要求（可不填）</Text>
        <View className='inline-fields'>
          <Input id='posting-min-age' className='body-text field-input tappable' nativeProps={{ 'aria-label': '最小年龄' }} type='number' value={values.minAge} maxlength={3} placeholder='最小' onInput={(e) => set({ minAge: e.detail.value })} />
          <Text className='body-text'>至</Text>
          <Input id='posting-max-age' className='body-text field-input tappable' nativeProps={{ 'aria-label': '最大年龄' }} type='number' value={values.maxAge} maxlength={3} placeholder='最大' onInput={(e) => set({ maxAge: e.detail.value })} />
          <Text className='body-text'>岁</Text>
        </View>
        {error('requirements.minAge') && <Text className='field-error'>{error('requirements.minAge')}</Text>}
        {error('requirements.maxAge') && <Text className='field-error'>{error('requirements.maxAge')}</Text>}
      </View>
      {textField('skills', '技能或证书（可不填）', { placeholder: '如：健康证、会用洗地机', hint: '用顿号或空格隔开', maxlength: 120, errorKey: 'requirements.skills' })}
      {textField('note', '其他要求（可不填）', { placeholder: '如：能吃苦', maxlength: 300, errorKey: 'requirements.note' })}
      <FormField label='工作内容（可不填）' name='description' error={error('description')}>
        {({ nativeProps }) => (
          <Textarea id='posting-description' className='body-text text-box' nativeProps={nativeProps} value={values.description} maxlength={1000} placeholder='干什么活、管不管饭、怎么结算' onInput={(e) => set({ description: e.detail.value })} />
        )}
      </FormField>
      {textField('contactName', '联系人', { placeholder: '如：王女士', maxlength: 20 })}
      {textField('contactPhone', '联系电话', { placeholder: '手机号或 0434-4222120', maxlength: 20, hint: '报名的人才能看到完整号码' })}
      <FormError name='posting' text={create.error && !shownBesideFields(server, FIELDS) ? create.error.message : undefined} />
      {tried && missing.length > 0 && <Text className='body-text missing-reason'>还有{missing.length}项没填好：{missing.join('；')}</Text>}
      <ActionButton id='posting-submit' kind='primary' block disabled={create.pending} onClick={() => void submit()}>
        {create.pending ? '正在提交…' : '提交审核'}
      </ActionButton>
    </View>
  )
}

/** 发布岗位: a verified employer's new posting, which waits for the station's review. */
export function PostingForm() {
  const station = useStation()
  return (
    <RoleGate roles={['employer']} signIn='请先以用工单位身份登录，再发布岗位。' denied='只有经零工驿站核实的用工单位可以发布岗位。请带营业执照到驿站办理。'>
      <AsyncView query={station} loadingText='正在加载…'>
        {(s) => <Form station={s} />}
      </AsyncView>
    </RoleGate>
  )
}
