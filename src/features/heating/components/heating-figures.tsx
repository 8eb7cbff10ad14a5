import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { HeatingPolicy } from '@/domain/heating/heating-policy'
import type { HeatingStats, StationFigures } from '@/domain/heating/contract'
import { businessDate } from '@/domain/business-date'
import { COMPLAINT_CATEGORIES } from '@/domain/heating/categories'
import { complaintWorkflow } from '@/domain/heating/complaint-workflow'
import { useQuery } from '@/shared/api/use-query'
import { useSessionStore } from '@/shared/session/session-store'
import { AsyncView, EmptyView, SignInPrompt } from '@/shared/ui/async-view'
import { DateRangeField } from '@/shared/ui/date-range-field'
import { FactRow } from '@/shared/ui/fact-row'
import { heatingApi } from '../api'
import { minutesText, shareText } from '../heating-labels'
import { LabelledFigure } from '@/shared/ui/labelled-figure'
import './heating.scss'

/** From the first of this month to today: this season's running month. */
export function defaultRange(today: string): { from: string; to: string } {
  return { from: `${today.slice(0, 8)}01`, to: today }
}

/** One station's figures as a card of labelled lines (a table would scroll sideways on a phone in large type). */
function StationCard({ station: s, policy }: { station: StationFigures; policy: HeatingPolicy }) {
  return (
    <View className='card station-figures' role='group' aria-label={`${s.stationName}统计`} data-station-id={s.stationId}>
      <View className='detail-heading'>
        <Text className='key-figure'>{s.stationName}</Text>
        <Text className='body-text nowrap station-count'>{s.complaints}条反映</Text>
      </View>
      {s.complaints > 0 && <StationLines station={s} policy={policy} />}
    </View>
  )
}

function StationLines({ station: s, policy }: { station: StationFigures; policy: HeatingPolicy }) {
  return (
    <>
      <FactRow label={`${policy.acceptHours}小时内受理`}>
        <Text className='body-text nowrap'>{shareText(s.acceptedWithin2hShare)}</Text>
      </FactRow>
      <FactRow label={`${policy.measureHours}小时内上门测温`}>
        <Text className='body-text nowrap'>{shareText(s.measuredWithin24hShare)}</Text>
      </FactRow>
      <FactRow label={`不热停热${policy.resolveHours}小时内修复`}>
        <Text className='body-text nowrap'>{shareText(s.resolvedInTimeShare)}</Text>
      </FactRow>
      <FactRow label='反映到上门测温（中位）'>
        <Text className='body-text nowrap'>{minutesText(s.medianMinutesToMeasurement)}</Text>
      </FactRow>
      <FactRow label='居民评分'>
        <Text className='body-text nowrap'>{s.averageRating === null ? '暂无' : `${s.averageRating}分（${s.ratings}条评价）`}</Text>
      </FactRow>
      <FactRow label='督办'>
        <Text className={`body-text nowrap ${s.overdue > 0 ? 'overdue-count' : ''}`}>{s.overdue}条</Text>
      </FactRow>
    </>
  )
}

function StatsBody({ stats, policy }: { stats: HeatingStats; policy: HeatingPolicy }) {
  const statuses = complaintWorkflow.statuses.filter((s) => stats.byStatus[s] > 0)
  const categories = (Object.keys(COMPLAINT_CATEGORIES) as Array<keyof typeof COMPLAINT_CATEGORIES>).filter((c) => stats.byCategory[c] > 0)
  return (
    <View className='stats-body'>
      <View className='card figure-grid'>
        <LabelledFigure id='stat-complaints' label='反映' value={stats.complaints} />
        <LabelledFigure id='stat-overdue' label='督办（已超时）' value={stats.overdue} />
      </View>
      {stats.complaints > 0 && (
        <View className='card'>
          <FactRow label='按状态'>
            {statuses.map((s) => (
              <Text key={s} className='body-text'>
                {complaintWorkflow.label(s)} {stats.byStatus[s]}条
              </Text>
            ))}
          </FactRow>
          <FactRow label='按问题'>
            {categories.map((c) => (
              <Text key={c} className='body-text'>
                {COMPLAINT_CATEGORIES[c].label} {stats.byCategory[c]}条
              </Text>
            ))}
          </FactRow>
        </View>
      )}
      <Text className='body-text section-title'>各换热站</Text>
      {stats.byStation.map((s) => (
        <StationCard key={s.stationId} station={s} policy={policy} />
      ))}
    </View>
  )
}

/** 供热统计: the company's figures for its dispatchers, the county's for officials (read-only). */
export function HeatingFigures() {
  const user = useSessionStore((state) => state.user)
  const allowed = Boolean(user?.roles.some((r) => r.role === 'heating_dispatcher' || r.role === 'official'))
  if (!user) return <SignInPrompt text='请先以供热调度员或政府工作人员身份登录，查看供热统计。' />
  if (!allowed) return <EmptyView text='供热统计仅对供热公司和县暖民心行动专班开放。' />
  const companyId = user.roles.find((r) => r.role === 'heating_dispatcher')?.scope ?? ''
  return <Figures userId={user.id} official={user.roles.some((r) => r.role === 'official')} companyId={companyId} />
}

function Figures({ userId, official, companyId }: { userId: string; official: boolean; companyId: string }) {
  const [range, setRange] = useState(() => defaultRange(businessDate(new Date())))
  const places = useQuery(['heating.communities', userId], heatingApi.communities)
  const stats = useQuery(['heating.stats', range], () => heatingApi.stats(range))
  const companyName = places.data?.communities.find((c) => c.companyId === companyId)?.companyName
  return (
    <View className='heating-figures'>
      <Text className='body-text section-title'>{official ? '全县供热投诉（只读）' : `${companyName ?? '本公司'}供热投诉`}</Text>
      <DateRangeField value={range} onChange={setRange} hint='按反映日期统计，含两端日期。' />
      <AsyncView query={places} loadingText='正在加载…'>
        {(answer) => (
          <AsyncView query={stats} loadingText='正在统计…'>
            {(figures) => <StatsBody stats={figures} policy={answer.policy} />}
          </AsyncView>
        )}
      </AsyncView>
    </View>
  )
}
