import { render, screen, waitFor, within } from '@testing-library/react'
import type { HeatingStats } from '@/domain/heating/contract'
import { useSessionStore } from '@/shared/session/session-store'
import { handleActions, requestsFor } from '../../../../../tests/doubles/taro'
import { official, resident } from '../../../../../tests/doubles/clinic-answers'
import { communitiesAnswer, dispatcher } from '../../../../../tests/doubles/heating-answers'
import HeatingFiguresPage from './index'

const stats: HeatingStats = {
  from: '2026-11-01',
  to: '2026-11-29',
  complaints: 12,
  byStatus: { submitted: 2, accepted: 1, dispatched: 1, measured: 0, resolved: 3, closed: 4, rejected: 1, reopened: 0 },
  byCategory: { temperature: 8, no_heat: 2, leak: 1, noise: 1, other: 0 },
  overdue: 1,
  byStation: [
    { stationId: 'hs-nonghang', stationName: '农行站', complaints: 12, medianMinutesToMeasurement: 95, measuredWithin24hShare: 0.9, acceptedWithin2hShare: 0.75, resolvedInTimeShare: 1, averageRating: 4.5, ratings: 4, overdue: 1 },
    { stationId: 'hs-guopin', stationName: '果品站', complaints: 0, medianMinutesToMeasurement: null, measuredWithin24hShare: null, acceptedWithin2hShare: null, resolvedInTimeShare: null, averageRating: null, ratings: 0, overdue: 0 },
  ],
}

describe('供热统计', () => {
  it('shows the company’s figures per station for its dispatcher, the limits named from the policy', async () => {
    useSessionStore.setState({ token: 't', expiresAt: null, user: dispatcher })
    handleActions({ communities: () => communitiesAnswer(), stats: () => stats })
    render(<HeatingFiguresPage />)
    expect(await screen.findByText('华大电厂新城营业部供热投诉')).toBeInTheDocument()
    expect(await screen.findByText('12')).toHaveClass('key-figure')
    const station = screen.getByRole('group', { name: '农行站统计' })
    for (const [label, value] of [
      ['2小时内受理', '75%'],
      ['24小时内上门测温', '90%'],
      ['不热停热48小时内修复', '100%'],
      ['反映到上门测温（中位）', '1小时35分钟'],
      ['居民评分', '4.5分（4条评价）'],
      ['督办', '1条'],
    ]) {
      expect(within(station).getByText(label)).toBeInTheDocument()
      expect(within(station).getByText(value)).toBeInTheDocument()
    }
    expect(within(screen.getByRole('group', { name: '果品站统计' })).getByText('0条反映')).toBeInTheDocument()
    const [request] = requestsFor('stats')
    expect(request.data.data.from).toMatch(/^\d{4}-\d{2}-01$/)
  })

  it('shows an official the county’s figures, read-only', async () => {
    useSessionStore.setState({ token: 't', expiresAt: null, user: official })
    handleActions({ communities: () => communitiesAnswer(), stats: () => stats })
    render(<HeatingFiguresPage />)
    expect(await screen.findByText('全县供热投诉（只读）')).toBeInTheDocument()
    await waitFor(() => expect(requestsFor('stats')).toHaveLength(1))
    expect(screen.queryByRole('button', { name: /受理|派单/ })).toBeNull()
  })

  it('is closed to residents', () => {
    useSessionStore.setState({ token: 't', expiresAt: null, user: resident })
    render(<HeatingFiguresPage />)
    expect(screen.getByText('供热统计仅对供热公司和县暖民心行动专班开放。')).toBeInTheDocument()
  })
})
