import { render, screen, waitFor } from '@testing-library/react'
import { useSessionStore } from '@/shared/session/session-store'
import { handleActions, requestsFor, taroDouble } from '../../../../../tests/doubles/taro'
import { officialUser, resident, station } from '../../../../../tests/doubles/jobs-answers'
import { defaultFiguresRange } from '@/features/jobs/components/jobs-figures'
import FiguresPage from './index'

const figures = {
  from: '2026-11-01',
  to: '2026-12-31',
  published: 57,
  applications: 9,
  hires: 3,
  trainees: 21,
  events: 5,
  classes: 3,
  fairs: 2,
  fairVisitors: 140,
  byCategory: [
    { category: 'cleaning', categoryLabel: '保洁', published: 10, applications: 5, hires: 2 },
    { category: 'farming', categoryLabel: '农业', published: 0, applications: 0, hires: 0 },
  ],
}

describe('零工驿站统计', () => {
  it('counts from the first of this month to the end of next month, so scheduled classes count', () => {
    expect(defaultFiguresRange('2026-11-30')).toEqual({ from: '2026-11-01', to: '2026-12-31' })
    expect(defaultFiguresRange('2026-12-15')).toEqual({ from: '2026-12-01', to: '2027-01-31' })
  })

  it('shows an official the county’s figures, read-only, by category', async () => {
    useSessionStore.setState({ token: 't', expiresAt: null, user: officialUser })
    handleActions({ station: () => station, stats: () => figures })
    render(<FiguresPage />)
    expect(await screen.findByText('57个')).toHaveClass('key-figure')
    expect(screen.getByText('全县零工驿站（只读）')).toBeInTheDocument()
    for (const text of ['9人次', '3人', '21人', '3期', '2场', '140人']) expect(screen.getByText(text)).toBeInTheDocument()
    expect(screen.getByRole('row', { name: /保洁/ })).toBeInTheDocument()
    expect(screen.queryByRole('row', { name: /农业/ })).toBeNull()
    await waitFor(() => expect(requestsFor('stats')).toHaveLength(1))
  })

  it('is not for residents', () => {
    useSessionStore.setState({ token: 't', expiresAt: null, user: resident })
    handleActions({})
    render(<FiguresPage />)
    expect(screen.getByText('零工驿站统计仅对驿站工作人员和县暖民心行动专班开放。')).toBeInTheDocument()
    expect(taroDouble.requests).toHaveLength(0)
  })
})
