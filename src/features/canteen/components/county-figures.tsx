import { useState } from 'react'
import { Picker, Text, View } from '@tarojs/components'
import type { CanteenFigures, CanteensAnswer } from '@/domain/canteen/contract'
import { RULE_CODES } from '@/domain/canteen/discount-groups'
import { fullDate, monthDay } from '@/domain/date-wording'
import { formatYuanShort } from '@/domain/money'
import { useQuery } from '@/shared/api/use-query'
import { useSessionStore } from '@/shared/session/session-store'
import { AsyncView, EmptyView, SignInPrompt } from '@/shared/ui/async-view'
import { canteenApi } from '../api'
import { RULE_NAMES } from '../canteen-words'
import './canteen.scss'
import { LabelledFigure } from '@/shared/ui/labelled-figure'

interface Range {
  from: string
  to: string
}

/** From the first of this month to the last day anyone may order now, so orders for the coming days count too. */
const defaultRange = (menuDates: string[]): Range => ({ from: `${menuDates[0].slice(0, 8)}01`, to: menuDates[menuDates.length - 1] })

function RangeEnd({ id, words, date, onPick }: { id: string; words: string; date: string; onPick: (date: string) => void }) {
  return (
    <View className='range-end'>
      <Text className='body-text'>{words}</Text>
      <Picker id={id} mode='date' value={date} onChange={(e) => onPick(String(e.detail.value))}>
        <View role='button' tabIndex={0} aria-label={`${words}${fullDate(date)}，点按更改`} className='body-text field-input tappable nowrap'>
          {fullDate(date)}
        </View>
      </Picker>
    </View>
  )
}

/** The four numbers a report needs, big. */
function Headline({ figures }: { figures: CanteenFigures }) {
  const cells: Array<[string, string, string]> = [
    ['figure-orders', '报餐份数', String(figures.orders)],
    ['figure-free', '高龄免费', String(figures.freeMeals)],
    ['figure-discounted', '优惠餐', String(figures.discountedMeals)],
    ['figure-subsidy', '减免金额', formatYuanShort(figures.subsidy)],
  ]
  return (
    <View className='card figure-grid'>
      {cells.map(([id, words, value]) => (
        <LabelledFigure key={id} id={id} label={words} value={value} />
      ))}
    </View>
  )
}

interface FiguresRow {
  key: string
  name: string
  figures: CanteenFigures
}

/** Rows of 报餐 / 免费 / 优惠, by canteen or by day. */
function FiguresTable({ label, first, rows }: { label: string; first: string; rows: FiguresRow[] }) {
  return (
    <View role='table' aria-label={label} className='card figures-table'>
      <View role='row' className='figures-row'>
        {[first, '报餐', '免费', '优惠'].map((heading, i) => (
          <Text key={heading} role='columnheader' className={`body-text cell ${i === 0 ? 'wide' : ''}`}>
            {heading}
          </Text>
        ))}
      </View>
      {rows.map(({ key, name, figures }) => (
        <View key={key} role='row' className='figures-row' data-row={key}>
          <Text role='cell' className='body-text cell wide'>
            {name}
          </Text>
          <Text role='cell' className='body-text cell'>{figures.orders}</Text>
          <Text role='cell' className='body-text cell'>{figures.freeMeals}</Text>
          <Text role='cell' className='body-text cell'>{figures.discountedMeals}</Text>
        </View>
      ))}
    </View>
  )
}

function Figures({ directory }: { directory: CanteensAnswer }) {
  const [range, setRange] = useState(() => defaultRange(directory.menuDates))
  const stats = useQuery(['canteen.stats', range], () => canteenApi.stats(range.from, range.to))
  return (
    <View className='county-figures'>
      <Text className='body-text section-title'>全县助老餐厅（只读）</Text>
      <View className='card figures-range'>
        <RangeEnd id='figures-from' words='从' date={range.from} onPick={(from) => setRange((r) => ({ ...r, from }))} />
        <RangeEnd id='figures-to' words='至' date={range.to} onPick={(to) => setRange((r) => ({ ...r, to }))} />
        <Text className='body-text muted summary-line'>含两端日期，包括已报餐、还没吃的餐。</Text>
      </View>
      <AsyncView query={stats} loadingText='正在统计…'>
        {(answer) => (
          <View>
            <Headline figures={answer} />
            <View className='card'>
              <Text className='body-text section-title card-title'>按优惠规则</Text>
              {RULE_CODES.map((code) => (
                <Text key={code} className='body-text summary-line'>
                  {RULE_NAMES[code]}：{answer.byRule[code]}份
                </Text>
              ))}
            </View>
            <Text className='body-text section-title'>按餐厅</Text>
            {answer.orders === 0 ? (
              <Text className='body-text notice'>这段时间没有报餐。</Text>
            ) : (
              <FiguresTable
                label='按餐厅统计'
                first='餐厅'
                rows={answer.byCanteen.filter((c) => c.orders > 0).map((c) => ({ key: c.canteenId, name: c.canteenName, figures: c }))}
              />
            )}
            {answer.byDay.length > 0 && (
              <View>
                <Text className='body-text section-title'>按日</Text>
                <FiguresTable label='按日统计' first='日期' rows={answer.byDay.map((d) => ({ key: d.date, name: monthDay(d.date), figures: d }))} />
              </View>
            )}
          </View>
        )}
      </AsyncView>
    </View>
  )
}

/** 助餐统计 for county officials: meals ordered, free meals, discounted meals by rule, per canteen and day. */
export function CountyFigures() {
  const signedIn = useSessionStore((state) => state.user !== null)
  const isOfficial = useSessionStore((state) => Boolean(state.user?.roles.some((r) => r.role === 'official')))
  const directory = useQuery(['canteen.canteens', null], () => canteenApi.canteens(null), { enabled: isOfficial })
  if (!signedIn) return <SignInPrompt text='请先以政府工作人员身份登录，查看助餐统计。' />
  if (!isOfficial) return <EmptyView text='助餐统计仅对县暖民心行动专班开放。' />
  return (
    <AsyncView query={directory} loadingText='正在加载…'>
      {(data) => <Figures directory={data} />}
    </AsyncView>
  )
}
