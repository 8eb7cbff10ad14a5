import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { Member } from '@/domain/account/contract'
import type { CanteensAnswer, MenuAnswer } from '@/domain/canteen/contract'
import { mealLabel } from '@/domain/canteen/meals'
import { monthDay } from '@/domain/date-wording'
import { useQuery } from '@/shared/api/use-query'
import { MemberPicker } from '@/shared/members/member-picker'
import { useSessionStore } from '@/shared/session/session-store'
import { ActionButton } from '@/shared/ui/action-button'
import { AsyncView, EmptyView } from '@/shared/ui/async-view'
import { canteenApi } from '../api'
import { dateWithWeekday } from '../canteen-words'
import { usePlaceStore } from '../place-store'
import { CANTEEN_PAGES } from '../routes'
import { CallAndMap, MealHoursLines } from './canteen-facts'
import { DayGrid } from './day-grid'
import { MealCard } from './meal-card'
import './canteen.scss'

/** Meals the canteen serves whose menu is not out yet: said, not left out. */
function Unpublished({ answer }: { answer: MenuAnswer }) {
  const missing = answer.servedMeals.filter((s) => !answer.meals.some((m) => m.meal === s.meal))
  if (missing.length === 0) return null
  return (
    <Text className='body-text notice meal-unpublished'>
      {monthDay(answer.date)}
      {missing.map((m) => mealLabel(m.meal)).join('、')}的菜单还没有发布，请过一会儿再看或选其他日子。
    </Text>
  )
}

function CanteenHeading({ directory, canteenId }: { directory: CanteensAnswer; canteenId: string }) {
  const canteen = directory.canteens.find((c) => c.id === canteenId)
  if (!canteen) return null
  return (
    <View className='card menu-canteen'>
      <Text className='body-text canteen-name menu-canteen-name'>{canteen.name}</Text>
      <Text className='body-text summary-line canteen-address'>地址：{canteen.address}</Text>
      {canteen.walkMinutes !== null && (
        <Text className='body-text summary-line'>
          步行约{canteen.walkMinutes}分钟{canteen.withinCircle ? `（${directory.circleLabel}）` : ''}
        </Text>
      )}
      <MealHoursLines meals={canteen.meals} />
      <CallAndMap canteen={canteen} />
    </View>
  )
}

function Menu({ directory, canteenId, initialDate }: { directory: CanteensAnswer; canteenId: string; initialDate: string }) {
  const signedIn = useSessionStore((state) => state.user !== null)
  const days = directory.menuDates
  const [picked, setPicked] = useState(initialDate)
  const [member, setMember] = useState<Member | null>(null)
  // The host's week: a date from an old link that has passed falls back to today.
  const date = days.includes(picked) ? picked : days[0]
  const memberId = member?.id ?? ''
  const menu = useQuery(['canteen.menu', canteenId, date, memberId], () => canteenApi.menu(canteenId, date, memberId || undefined))

  return (
    <View className='menu-view'>
      <CanteenHeading directory={directory} canteenId={canteenId} />
      <Text className='body-text section-title'>选择日期</Text>
      <DayGrid label='用餐日期' days={days} selected={date} onSelect={setPicked} />
      <MemberPicker label='就餐人' value={memberId} onChange={setMember} />
      <Text className='body-text section-title menu-date'>{dateWithWeekday(date)}的菜单</Text>
      <AsyncView query={menu} loadingText='正在加载菜单…'>
        {(answer) => (
          <View className='menu-meals'>
            {answer.meals.map((meal) => (
              <MealCard
                key={meal.menuId}
                meal={meal}
                canteenId={canteenId}
                canteenName={answer.canteenName}
                date={answer.date}
                signedIn={signedIn}
                member={member}
                onChanged={menu.reload}
              />
            ))}
            <Unpublished answer={answer} />
          </View>
        )}
      </AsyncView>
      <Text className='body-text muted notice cutoff-rule'>{directory.cutoffRule}</Text>
    </View>
  )
}

/** A canteen's week of menus, with the chosen diner's own price on every meal, and 报餐. */
export function MenuView({ canteenId, date }: { canteenId: string; date: string }) {
  const place = usePlaceStore((state) => state.place)
  const directory = useQuery(['canteen.canteens', place], () => canteenApi.canteens(place))
  const back = (
    <ActionButton kind='primary' onClick={() => void Taro.redirectTo({ url: CANTEEN_PAGES.index })}>
      选择餐厅
    </ActionButton>
  )
  if (!canteenId) return <EmptyView text='没有选择餐厅。'>{back}</EmptyView>
  return (
    <AsyncView query={directory} loadingText='正在加载餐厅…' isEmpty={(data) => !data.canteens.some((c) => c.id === canteenId)} emptyText='没有找到这家餐厅。' emptyAction={back}>
      {(data) => <Menu directory={data} canteenId={canteenId} initialDate={date} />}
    </AsyncView>
  )
}
