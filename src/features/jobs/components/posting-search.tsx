import { useState } from 'react'
import { Input, Text, View } from '@tarojs/components'
import type { SearchSort, StationView } from '@/domain/jobs/contract'
import { PAY_UNITS, PAY_UNIT_CODES, type PayUnit, type PostingCategory, type PostingType } from '@/domain/jobs/vocabulary'
import { ActionButton } from '@/shared/ui/action-button'
import { AsyncView, ErrorView } from '@/shared/ui/async-view'
import { FormField } from '@/shared/ui/form-field'
import { EMPTY_FILTERS, filtersSummary, minPayError, searchInput, type SearchFilters } from '../search-filters'
import { usePostingSearch } from '../use-posting-search'
import { useStation } from '../use-jobs-session'
import { ChipChoices, ToggleChip } from './chips'
import { PostingCard } from './posting-card'
import { SearchLocation } from './search-location'
import './jobs.scss'

const SORTS: Array<{ value: SearchSort; label: string }> = [
  { value: 'newest', label: '最新发布' },
  { value: 'nearest', label: '离我最近' },
  { value: 'pay', label: '工资最高' },
]

/** 找活: keyword, 日结, distance, more conditions, the order; then the reviewed postings, a page at a time. */
export function PostingSearch() {
  const station = useStation()
  return (
    <AsyncView query={station} loadingText='正在加载零工驿站…'>
      {(s) => <SearchScreen station={s} />}
    </AsyncView>
  )
}

function SearchScreen({ station }: { station: StationView }) {
  const [filters, setFilters] = useState<SearchFilters>(EMPTY_FILTERS)
  const [keyword, setKeyword] = useState('')
  const [payText, setPayText] = useState('')
  const [moreOpen, setMoreOpen] = useState(false)
  const set = (patch: Partial<SearchFilters>) => setFilters((f) => ({ ...f, ...patch }))
  const results = usePostingSearch(searchInput(filters))
  const payProblem = minPayError(payText)
  const summary = filtersSummary(filters)
  const { vocabulary } = station

  const clearAll = () => {
    setFilters(EMPTY_FILTERS)
    setKeyword('')
    setPayText('')
  }

  return (
    <View className='posting-search'>
      <FormField label='找什么活' name='keyword' className='search-card'>
        {({ nativeProps }) => (
          <View className='search-bar'>
            <Input
              id='search-keyword'
              className='body-text field-input tappable'
              nativeProps={nativeProps}
              value={keyword}
              maxlength={40}
              confirmType='search'
              placeholder='如：保洁、搬运、护理'
              onInput={(e) => setKeyword(e.detail.value)}
              onConfirm={() => set({ keyword })}
            />
            <ActionButton id='search-submit' kind='primary' onClick={() => set({ keyword })}>
              搜索
            </ActionButton>
          </View>
        )}
      </FormField>

      <View className='card filters-card'>
        <View className='jobs-chip-row'>
          <ToggleChip id='filter-same-day' label='只看日结' checked={filters.sameDayPay} onChange={(on) => set({ sameDayPay: on })} />
          <View
            id='toggle-more-filters'
            role='button'
            tabIndex={0}
            aria-expanded={moreOpen ? 'true' : 'false'}
            className={`jobs-chip tappable ${moreOpen ? 'open' : ''}`}
            onClick={() => setMoreOpen(!moreOpen)}
          >
            <Text className='body-text'>{moreOpen ? '收起条件 ▲' : '工种、工资 ▼'}</Text>
          </View>
        </View>

        {moreOpen && (
          <View className='more-filters'>
            <View className='jobs-block'>
              <Text className='body-text jobs-label'>工种</Text>
              <ChipChoices<PostingCategory | null>
                label='工种'
                name='category'
                value={filters.category}
                onChange={(category) => set({ category })}
                options={[{ value: null, label: '全部' }, ...vocabulary.categories.map((c) => ({ value: c.code, label: c.label }))]}
              />
            </View>
            <View className='jobs-block'>
              <Text className='body-text jobs-label'>用工类型</Text>
              <ChipChoices<PostingType | null>
                label='用工类型'
                name='type'
                value={filters.type}
                onChange={(type) => set({ type })}
                options={[{ value: null, label: '全部' }, ...vocabulary.types.map((t) => ({ value: t.code, label: t.label }))]}
              />
            </View>
            <View className='jobs-block'>
              <Text className='body-text jobs-label'>最低工资（元）</Text>
              <View className='pay-row'>
                <Input
                  id='filter-min-pay'
                  className='body-text field-input tappable'
                  nativeProps={{ 'aria-label': '最低工资（元）', ...(payProblem ? { 'aria-invalid': 'true' } : {}) }}
                  type='digit'
                  value={payText}
                  maxlength={9}
                  placeholder='如 150'
                  onInput={(e) => setPayText(e.detail.value)}
                  onConfirm={() => !payProblem && set({ minPayYuan: payText })}
                />
                <Text className='body-text'>元</Text>
              </View>
              {payProblem && (
                <Text role='alert' className='field-error'>
                  {payProblem}
                </Text>
              )}
              <ChipChoices<PayUnit>
                label='计薪方式'
                name='pay-unit'
                value={filters.payUnit}
                onChange={(payUnit) => set({ payUnit })}
                options={PAY_UNIT_CODES.map((code) => ({ value: code, label: `每${PAY_UNITS[code].per}` }))}
              />
              <ActionButton id='apply-min-pay' block disabled={Boolean(payProblem)} onClick={() => set({ minPayYuan: payText })}>
                按最低工资找
              </ActionButton>
            </View>
          </View>
        )}

        <SearchLocation
          point={filters.point}
          radiusKm={filters.radiusKm}
          areas={station.searchAreas}
          maxRadiusKm={station.policy.maxRadiusKm}
          onPoint={(point) => set({ point, radiusKm: point ? filters.radiusKm : null, sort: !point && filters.sort === 'nearest' ? 'newest' : filters.sort })}
          onRadius={(radiusKm) => set({ radiusKm })}
        />
      </View>

      <View className='jobs-block sort-block'>
        <ChipChoices<SearchSort>
          label='排序'
          name='sort'
          value={filters.sort}
          onChange={(sort) => set({ sort })}
          options={SORTS.map((s) => (s.value === 'nearest' && !filters.point ? { ...s, disabledReason: '先用我的位置或选镇、小区' } : s))}
        />
      </View>

      <View className='filters-summary'>
        <Text className='body-text muted search-summary'>{summary.length ? `条件：${summary.join(' · ')}` : '全部岗位，经驿站审核'}</Text>
        {summary.length > 0 && (
          <ActionButton id='clear-filters' onClick={clearAll}>
            清除条件
          </ActionButton>
        )}
      </View>

      <AsyncView
        query={results.first}
        loadingText='正在找活…'
        isEmpty={(answer) => answer.items.length === 0}
        emptyText={filters.point && filters.radiusKm !== null ? '这个范围内暂时没有合适的岗位，可以放宽距离或条件再找。' : '暂时没有合适的岗位，可以换个条件再找。'}
      >
        {() => (
          <View className='search-results'>
            <View role='list' aria-label='岗位'>
              {results.items.map((card) => (
                <View key={card.id} role='listitem'>
                  <PostingCard card={card} />
                </View>
              ))}
            </View>
            {results.moreError && <ErrorView error={results.moreError} onRetry={() => void results.loadMore()} />}
            {results.hasMore ? (
              <ActionButton id='load-more' block className='load-more' disabled={results.loadingMore} onClick={() => void results.loadMore()}>
                {results.loadingMore ? '正在加载…' : '加载更多岗位'}
              </ActionButton>
            ) : (
              <Text className='body-text muted end-of-list'>没有更多岗位了</Text>
            )}
          </View>
        )}
      </AsyncView>
    </View>
  )
}
