import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { useSessionStore } from '@/shared/session/session-store'
import { handleActions, requestsFor } from '../../../../../tests/doubles/taro'
import { hospitalsAnswer, official, resident } from '../../../../../tests/doubles/clinic-answers'
import config from './index.config'
import FiguresPage from './index'

const stats = (hospitalId: string, waivedVisits: number) => ({
  hospitalId,
  from: '2026-11-01',
  to: '2026-12-07',
  registrations: 100,
  waivedVisits,
  waivedAmount: 4233100,
  byDepartment: [],
})

describe('挂号统计 for county officials', () => {
  it('is titled for figures, not 医院管理', () => {
    expect(config.navigationBarTitleText).toBe('挂号统计')
  })

  it('shows the figures of the hospital chosen, read-only, from the first of the month to the last bookable day', async () => {
    useSessionStore.setState({ token: 't', expiresAt: null, user: official })
    handleActions({ hospitals: () => hospitalsAnswer, stats: (data) => stats(String(data.hospitalId), data.hospitalId === 'h-ethnic' ? 37 : 5211) })
    render(<FiguresPage />)

    expect(await screen.findByText('5211')).toBeInTheDocument()
    expect(screen.getByRole('radio', { name: '县第一人民医院' })).toHaveAttribute('aria-checked', 'true')
    fireEvent.click(screen.getByRole('radio', { name: '县民族医院' }))
    expect(await screen.findByText('37')).toBeInTheDocument()

    expect(requestsFor('stats').map((r) => r.data.data.hospitalId)).toEqual(['h-first', 'h-ethnic'])
    const { from, to } = requestsFor('stats')[0].data.data as { from: string; to: string }
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)
    expect(from).toBe(`${today.slice(0, 8)}01`)
    // The fixture's policy opens booking 7 days ahead: bookings made for those days are counted.
    const lastBookable = new Date(`${today}T00:00:00Z`)
    lastBookable.setUTCDate(lastBookable.getUTCDate() + hospitalsAnswer.policy.bookingDaysAhead)
    expect(to).toBe(lastBookable.toISOString().slice(0, 10))
    expect(screen.queryByRole('tab')).toBeNull()
    expect(screen.queryByRole('button', { name: '保存排班' })).toBeNull()
    expect(requestsFor('hospitalRegistrations')).toHaveLength(0)
  })

  it('tells a resident the figures are not for them', async () => {
    useSessionStore.setState({ token: 't', expiresAt: null, user: resident })
    handleActions({ hospitals: () => hospitalsAnswer })
    render(<FiguresPage />)
    expect(screen.getByText('挂号统计仅对县暖民心行动专班和医院开放。')).toBeInTheDocument()
    await waitFor(() => expect(requestsFor('stats')).toHaveLength(0))
  })

  it('asks a signed-out visitor to sign in', () => {
    render(<FiguresPage />)
    expect(screen.getByRole('button', { name: '去登录' })).toBeInTheDocument()
  })
})
