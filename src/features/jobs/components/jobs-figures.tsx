import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { businessDate } from '@/domain/business-date'
import { useQuery } from '@/shared/api/use-query'
import { AsyncView } from '@/shared/ui/async-view'
import { jobsApi } from '../api'
import { useHasRole, useStation } from '../use-jobs-session'
import { DateChoice } from './date-field'
import { RoleGate } from './role-gate'
import './jobs.scss'
import { LabelledFigure } from '@/shared/ui/labelled-figure'

/**
 * From the first of this month to the end of next month, so classes and fairs already
 * scheduled (and their sign-ups) count, not only what has happened.
 */
export function defaultFiguresRange(today: string): { from: string; to: string } {
  const [year, month] = today.split('-').map(Number)
  // Day 0 of the month after next (0-based month + 1) is the last day of next month.
  return { from: `${today.slice(0, 8)}01`, to: new Date(Date.UTC(year, month + 1, 0)).toISOString().slice(0, 10) }
}

function Figures() {
  const staff = useHasRole('station_staff')
  const station = useStation()
  const [range, setRange] = useState(() => defaultFiguresRange(businessDate(new Date())))
  const stats = useQuery(['jobs.stats', range], () => jobsApi.stats(range))
  return (
    <View className='jobs-figures-page'>
      <Text className='body-text section-title'>{staff ? '本驿站' : '全县零工驿站'}（只读）</Text>
      <View className='card'>
        <View className='inline-fields'>
          <Text className='body-text'>从</Text>
          <DateChoice id='figures-from' label='开始日期' value={range.from} onChange={(from) => setRange((r) => ({ ...r, from }))} />
        </View>
        <View className='inline-fields'>
          <Text className='body-text'>至</Text>
          <DateChoice id='figures-to' label='结束日期（含）' value={range.to} onChange={(to) => setRange((r) => ({ ...r, to }))} />
        </View>
        <Text className='body-text muted field-hint'>含两端日期。岗位按发布日期，报名按报名日期，培训和招聘会按开始日期统计。</Text>
      </View>
      <AsyncView query={stats} loadingText='正在统计…'>
        {(f) => (
          <View>
            <View className='card'>
              <View className='jobs-figures'>
                <LabelledFigure className='jobs-figure' id='figure-published' label='发布岗位' value={`${f.published}个`} />
                <LabelledFigure className='jobs-figure' id='figure-applications' label='报名' value={`${f.applications}人次`} />
                <LabelledFigure className='jobs-figure' id='figure-hires' label='录用' value={`${f.hires}人`} />
                <LabelledFigure className='jobs-figure' id='figure-trainees' label='培训报名' value={`${f.trainees}人`} />
                <LabelledFigure className='jobs-figure' id='figure-classes' label='培训班' value={`${f.classes}期`} />
                <LabelledFigure className='jobs-figure' id='figure-fairs' label='招聘会' value={`${f.fairs}场`} />
                <LabelledFigure className='jobs-figure' id='figure-fair-visitors' label='招聘会报名' value={`${f.fairVisitors}人`} />
              </View>
            </View>
            <Text className='body-text section-title'>按工种</Text>
            {f.byCategory.every((c) => c.published + c.applications + c.hires === 0) ? (
              <Text className='body-text muted notice'>这段时间没有岗位和报名。</Text>
            ) : (
              <View className='card' role='table' aria-label='按工种统计'>
                <View className='jobs-table-row' role='row'>
                  <Text role='columnheader' className='body-text cell wide'>工种</Text>
                  <Text role='columnheader' className='body-text cell'>岗位</Text>
                  <Text role='columnheader' className='body-text cell'>报名</Text>
                  <Text role='columnheader' className='body-text cell'>录用</Text>
                </View>
                {f.byCategory
                  .filter((c) => c.published + c.applications + c.hires > 0)
                  .map((c) => (
                    <View key={c.category} role='row' className='jobs-table-row' data-category={c.category}>
                      <Text role='cell' className='body-text cell wide'>{c.categoryLabel}</Text>
                      <Text role='cell' className='body-text cell'>{c.published}</Text>
                      <Text role='cell' className='body-text cell'>{c.applications}</Text>
                      <Text role='cell' className='body-text cell'>{c.hires}</Text>
                    </View>
                  ))}
              </View>
            )}
          </View>
        )}
      </AsyncView>
      {station.data && (
        <View className='card'>
          <Text className='body-text section-title'>开站以来（县里通报，非本系统统计）</Text>
          <Text className='body-text muted'>{station.data.reported.source}</Text>
        </View>
      )}
    </View>
  )
}

/** 统计: postings, applications, hires, trainees, classes and fairs for a period; the station its own, officials the county's. */
export function JobsFigures() {
  return (
    <RoleGate roles={['station_staff', 'official']} signIn='请先以驿站工作人员或政府工作人员身份登录。' denied='零工驿站统计仅对驿站工作人员和县暖民心行动专班开放。'>
      <Figures />
    </RoleGate>
  )
}
