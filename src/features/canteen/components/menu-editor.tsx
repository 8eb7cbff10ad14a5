import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Input, Text, View } from '@tarojs/components'
import type { CopyLastWeekAnswer, Meal, MealHours, MenuMeal } from '@/domain/canteen/contract'
import { mealLabel, MENU_LIMITS } from '@/domain/canteen/meals'
import { monthDay, timeRange } from '@/domain/date-wording'
import { formatYuan } from '@/domain/money'
import { stableKey } from '@/shared/api/stable-key'
import { useMutation } from '@/shared/api/use-mutation'
import { useQuery } from '@/shared/api/use-query'
import { ActionButton } from '@/shared/ui/action-button'
import { AsyncView } from '@/shared/ui/async-view'
import { FormError, FormField } from '@/shared/ui/form-field'
import { canteenApi } from '../api'
import { dateWithWeekday } from '../canteen-words'
import { draftOf, newDish, toMenuInput, type MealDraft } from '../menu-draft'
import { DayGrid } from './day-grid'
import { DishEditor } from './dish-editor'
import { DishList } from './dish-list'
import './canteen.scss'

/** Places already taken on a published meal. */
const orderedOf = (meal: MenuMeal | undefined) => (meal ? Math.max(0, meal.capacity - meal.remaining) : 0)

interface MealFormProps {
  canteenId: string
  date: string
  hours: MealHours
  existing: MenuMeal | undefined
  onSaved: () => Promise<void>
}

/** One meal of one day: set price, places, dishes; once someone has ordered, only the places change. */
function MealForm({ canteenId, date, hours, existing, onSaved }: MealFormProps) {
  const [draft, setDraft] = useState<MealDraft>(() => draftOf(existing))
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [formError, setFormError] = useState('')
  const publish = useMutation(canteenApi.publishMenu)
  const ordered = orderedOf(existing)
  const locked = ordered > 0
  const full = draft.dishes.length >= MENU_LIMITS.maxDishes

  const change = (next: Partial<MealDraft>) => {
    setDraft((d) => ({ ...d, ...next }))
    setFormError('')
  }

  const save = async () => {
    const { input, errors: found } = toMenuInput(draft)
    setErrors(found)
    if (Object.keys(found).length > 0) {
      setFormError('请按提示修改后再发布')
      return
    }
    const result = await publish.run({ canteenId, date, meal: hours.meal, ...input })
    if (!result.ok) {
      setErrors(result.error.fields)
      setFormError(result.error.message)
      return
    }
    void Taro.showToast({ title: existing ? '已保存' : '已发布', icon: 'success' })
    await onSaved()
  }

  return (
    <View className='meal-form' data-meal={hours.meal}>
      <View className='card meal-form-heading'>
        <Text className='key-figure'>
          <Text className='nowrap'>{monthDay(date)}</Text> {mealLabel(hours.meal)}
        </Text>
        <Text className='body-text summary-line'>
          供餐时间 <Text className='nowrap'>{timeRange(hours.from, hours.to)}</Text>
        </Text>
        <Text className='body-text summary-line menu-state'>{existing ? `已发布，已有${ordered}人报餐` : '还没有发布'}</Text>
      </View>

      {locked && existing ? (
        <View className='card locked-menu'>
          <Text role='note' className='body-text notice menu-locked'>
            已有{ordered}人报餐，菜品和价格不能再改（报餐的人按发布的价格付钱），只能调整份数，且不能少于{ordered}份。
          </Text>
          <Text className='key-figure summary-line nowrap'>每份 {formatYuan(existing.price)}</Text>
          <DishList dishes={existing.dishes} />
        </View>
      ) : (
        <FormField label='每份价格（元）' name='price' hint='套餐价：这一餐的几个菜一个价' error={errors.price}>
          {({ nativeProps }) => (
            <Input className='body-text field-input menu-price' type='digit' maxlength={8} nativeProps={nativeProps} value={draft.priceYuan} onInput={(e) => change({ priceYuan: e.detail.value })} />
          )}
        </FormField>
      )}

      <FormField label='份数' name='capacity' hint={locked ? `不能少于已报餐的${ordered}份` : '这一餐最多做多少份，报满为止'} error={errors.capacity}>
        {({ nativeProps }) => (
          <Input className='body-text field-input menu-capacity' type='number' maxlength={4} nativeProps={nativeProps} value={draft.capacity} onInput={(e) => change({ capacity: e.detail.value })} />
        )}
      </FormField>

      {!locked && (
        <View className='dish-editors'>
          {draft.dishes.map((dish, index) => (
            <DishEditor
              key={dish.key}
              index={index}
              dish={dish}
              error={errors[`dishes.${index}.name`]}
              onChange={(next) => change({ dishes: draft.dishes.map((d) => (d.key === dish.key ? next : d)) })}
              onRemove={draft.dishes.length > 1 ? () => change({ dishes: draft.dishes.filter((d) => d.key !== dish.key) }) : undefined}
            />
          ))}
          <FormError name='dishes' text={errors.dishes} />
          {full && (
            <Text id='add-dish-why' className='body-text order-why'>
              每餐最多{MENU_LIMITS.maxDishes}道菜
            </Text>
          )}
          <ActionButton id='add-dish' block disabled={full} describedBy={full ? 'add-dish-why' : undefined} onClick={() => change({ dishes: [...draft.dishes, newDish('素')] })}>
            再加一道菜
          </ActionButton>
        </View>
      )}

      <FormError name='menu' text={formError} />
      <ActionButton id='publish-menu' kind='primary' block disabled={publish.pending} onClick={() => void save()}>
        {publish.pending ? '正在保存…' : existing ? '保存修改' : '发布菜单'}
      </ActionButton>
    </View>
  )
}

function copiedWords(answer: CopyLastWeekAnswer): string {
  const published = answer.skipped.filter((s) => s.reason === 'already_published').length
  const nothing = answer.skipped.filter((s) => s.reason === 'nothing_to_copy').length
  const parts = [`复制了${answer.copied.length}餐`]
  if (published > 0) parts.push(`${published}餐已经发布，没有覆盖`)
  if (nothing > 0) parts.push(`${nothing}餐上周没有菜单`)
  return `${parts.join('；')}。`
}

/** Copies each meal of the same weekday a week earlier onto the coming days not yet published. */
function CopyLastWeek({ canteenId, date, days, onCopied }: { canteenId: string; date: string; days: number; onCopied: () => Promise<void> }) {
  const copy = useMutation(canteenApi.copyLastWeek)
  const [done, setDone] = useState('')
  const run = async () => {
    setDone('')
    const result = await copy.run({ canteenId, date, days })
    if (!result.ok) return
    setDone(copiedWords(result.data))
    await onCopied()
  }
  return (
    <View className='card copy-last-week'>
      <Text className='body-text summary-line'>
        把上周同一天的菜单复制到{monthDay(date)}起的{days}天；已经发布的不会被覆盖。
      </Text>
      <ActionButton id='copy-last-week' block disabled={copy.pending} onClick={() => void run()}>
        {copy.pending ? '正在复制…' : '复制上周菜单'}
      </ActionButton>
      <FormError name='copy' text={copy.error?.message} />
      {done && (
        <Text role='status' className='body-text notice good copy-result'>
          {done}
        </Text>
      )}
    </View>
  )
}

/** 发布菜单: a day (today up to the publishing horizon), a meal the canteen serves, its form. */
export function MenuEditor({ canteenId, dates }: { canteenId: string; dates: string[] }) {
  const [date, setDate] = useState(dates[0])
  const [picked, setPicked] = useState<Meal | ''>('')
  const menu = useQuery(['canteen.menu', canteenId, date, ''], () => canteenApi.menu(canteenId, date))
  const daysLeft = dates.length - dates.indexOf(date)

  return (
    <View className='menu-editor'>
      <Text className='body-text section-title'>菜单日期</Text>
      <DayGrid label='菜单日期' days={dates} selected={date} onSelect={setDate} />
      <CopyLastWeek key={date} canteenId={canteenId} date={date} days={Math.min(7, daysLeft)} onCopied={menu.reload} />
      <Text className='body-text section-title'>{dateWithWeekday(date)}</Text>
      <AsyncView query={menu} loadingText='正在加载菜单…' isEmpty={(answer) => answer.servedMeals.length === 0} emptyText='本食堂没有登记供餐时间。'>
        {(answer) => {
          const hours = answer.servedMeals.find((s) => s.meal === picked) ?? answer.servedMeals[0]
          const existing = answer.meals.find((m) => m.meal === hours.meal)
          return (
            <View>
              <View role='radiogroup' aria-label='餐次' className='canteen-chip-row meal-choices'>
                {answer.servedMeals.map((s) => {
                  const published = answer.meals.some((m) => m.meal === s.meal)
                  return (
                    <View
                      key={s.meal}
                      id={`meal-${s.meal}`}
                      role='radio' tabIndex={0}
                      aria-checked={s.meal === hours.meal ? 'true' : 'false'}
                      className={`canteen-chip tappable body-text ${s.meal === hours.meal ? 'selected' : ''}`}
                      onClick={() => setPicked(s.meal)}
                    >
                      {mealLabel(s.meal)}（{published ? '已发布' : '未发布'}）
                    </View>
                  )
                })}
              </View>
              <MealForm key={`${date}-${hours.meal}-${stableKey(existing ?? null)}`} canteenId={canteenId} date={date} hours={hours} existing={existing} onSaved={menu.reload} />
            </View>
          )
        }}
      </AsyncView>
    </View>
  )
}
