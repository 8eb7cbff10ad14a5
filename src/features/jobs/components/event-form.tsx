import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Input, Text, Textarea, View } from '@tarojs/components'
import type { EventKind, StationView } from '@/domain/jobs/contract'
import { addDays, businessDate, shanghaiInstant } from '@/domain/business-date'
import { useMutation } from '@/shared/api/use-mutation'
import { ActionButton } from '@/shared/ui/action-button'
import { AsyncView } from '@/shared/ui/async-view'
import { FormError, FormField } from '@/shared/ui/form-field'
import { jobsApi } from '../api'
import { fieldError, shownBesideFields } from '../form-errors'
import { JOBS_PAGES } from '../routes'
import { useStation } from '../use-jobs-session'
import { ChipChoices } from './chips'
import { DateChoice, TimeChoice } from './date-field'
import { RoleGate } from './role-gate'
import './jobs.scss'

interface Values {
  kind: EventKind
  title: string
  date: string
  /** Classes run for days: the last day (the same day for a fair). */
  endDate: string
  start: string
  end: string
  place: string
  seats: string
  description: string
}

function Form({ station }: { station: StationView }) {
  const today = businessDate(new Date())
  const [values, setValues] = useState<Values>({ kind: 'training', title: '', date: addDays(today, 7), endDate: addDays(today, 7), start: '09:00', end: '16:00', place: '', seats: '30', description: '' })
  const publish = useMutation(jobsApi.publishEvent)
  const set = (patch: Partial<Values>) => setValues((v) => ({ ...v, ...patch }))
  const fields = publish.error?.fields
  const seats = /^\d{1,4}$/.test(values.seats.trim()) ? Number(values.seats.trim()) : 0
  const missing = !values.title.trim() ? '请填写名称' : !values.place.trim() ? '请填写地点' : seats < 1 ? '请填写名额（人数）' : `${values.endDate} ${values.end}` <= `${values.date} ${values.start}` ? '结束要晚于开始' : ''

  const submit = async () => {
    if (missing) return
    const result = await publish.run({
      kind: values.kind,
      title: values.title.trim(),
      startsAt: shanghaiInstant(values.date, values.start).toISOString(),
      endsAt: shanghaiInstant(values.endDate, values.end).toISOString(),
      place: values.place.trim(),
      seats,
      ...(values.description.trim() ? { description: values.description.trim() } : {}),
    })
    if (!result.ok) return
    void Taro.showToast({ title: '已发布', icon: 'success' })
    void Taro.redirectTo({ url: JOBS_PAGES.events })
  }

  return (
    <View className='event-form'>
      <View className='card'>
        <Text className='body-text field-label'>类别</Text>
        <ChipChoices<EventKind> label='类别' name='event-kind' value={values.kind} onChange={(kind) => set({ kind })} options={station.vocabulary.eventKinds.map((k) => ({ value: k.code, label: k.label }))} />
      </View>
      <FormField label='名称' name='title' error={fieldError(fields, 'title')}>
        {({ nativeProps }) => (
          <Input id='event-title' className='body-text field-input tappable' nativeProps={nativeProps} value={values.title} maxlength={40} placeholder={values.kind === 'fair' ? '如：春季招聘会' : '如：育婴员培训班'} onInput={(e) => set({ title: e.detail.value })} />
        )}
      </FormField>
      <FormField label='日期和时间' name='startsAt' error={fieldError(fields, 'startsAt') ?? fieldError(fields, 'endsAt')}>
        <View className='jobs-block'>
          <Text className='body-text'>开始</Text>
          <View className='inline-fields'>
            <DateChoice id='event-date' label='开始日期' value={values.date} start={today} onChange={(date) => set({ date, endDate: values.endDate < date ? date : values.endDate })} />
            <TimeChoice id='event-start' label='开始时间' value={values.start} onChange={(start) => set({ start })} />
          </View>
          <Text className='body-text'>结束（培训班可选多天后的日期）</Text>
          <View className='inline-fields'>
            <DateChoice id='event-end-date' label='结束日期' value={values.endDate} start={values.date} onChange={(endDate) => set({ endDate })} />
            <TimeChoice id='event-end' label='结束时间' value={values.end} onChange={(end) => set({ end })} />
          </View>
        </View>
      </FormField>
      <FormField label='地点' name='place' error={fieldError(fields, 'place')}>
        {({ nativeProps }) => (
          <Input id='event-place' className='body-text field-input tappable' nativeProps={nativeProps} value={values.place} maxlength={60} placeholder={station.address} onInput={(e) => set({ place: e.detail.value })} />
        )}
      </FormField>
      <FormField label='名额（人）' name='seats' error={fieldError(fields, 'seats')}>
        {({ nativeProps }) => (
          <Input id='event-seats' className='body-text field-input tappable' nativeProps={nativeProps} type='number' value={values.seats} maxlength={4} onInput={(e) => set({ seats: e.detail.value })} />
        )}
      </FormField>
      <FormField label='介绍（可不填）' name='description' error={fieldError(fields, 'description')}>
        {({ nativeProps }) => (
          <Textarea id='event-description' className='body-text text-box' nativeProps={nativeProps} value={values.description} maxlength={1000} placeholder='学什么、几天、是否补贴、结业发什么证' onInput={(e) => set({ description: e.detail.value })} />
        )}
      </FormField>
      <FormError name='event' text={publish.error && !shownBesideFields(fields, ['title', 'startsAt', 'endsAt', 'place', 'seats', 'description']) ? publish.error.message : undefined} />
      {missing && <Text className='body-text missing-reason'>{missing}</Text>}
      <ActionButton id='event-submit' kind='primary' block disabled={Boolean(missing) || publish.pending} onClick={() => void submit()}>
        {publish.pending ? '正在发布…' : '发布'}
      </ActionButton>
    </View>
  )
}

/** 发布培训班或招聘会 (station staff): residents see it at once on 培训和招聘会 and can sign up. */
export function EventForm() {
  const station = useStation()
  return (
    <RoleGate roles={['station_staff']} signIn='请先以驿站工作人员身份登录。' denied='培训班和招聘会由零工驿站工作人员发布。'>
      <AsyncView query={station} loadingText='正在加载…'>
        {(s) => <Form station={s} />}
      </AsyncView>
    </RoleGate>
  )
}
