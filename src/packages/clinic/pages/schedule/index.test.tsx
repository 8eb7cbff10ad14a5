import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { useSessionStore } from '@/shared/session/session-store'
import { apiFailure, handleActions, requestsFor, taroDouble } from '../../../../../tests/doubles/taro'
import { hospitalsAnswer, registration, resident, scope, slot } from '../../../../../tests/doubles/clinic-answers'
import SchedulePage from './index'

const week = ['2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06'].map((date, i) => ({
  date,
  remaining: i === 0 ? 0 : 37,
  published: true,
}))

const day = (date: RegExp) => screen.getByRole('radio', { name: date })

describe('选择时段', () => {
  beforeEach(() => {
    taroDouble.routerParams = scope
  })

  it('shows the whole week as choices, the segments by 上午/下午, and why a segment cannot be booked', async () => {
    handleActions({
      hospitals: () => hospitalsAnswer,
      days: () => ({ days: week, releaseTime: '07:00' }),
      slots: (data) => ({
        slots:
          data.date === '2026-11-30'
            ? [
                slot({ id: 's1', date: '2026-11-30' }),
                slot({ id: 's2', date: '2026-11-30', start: '09:00', end: '11:00', clinicType: 'expert', fee: 1500, doctorName: '主任医师', bookability: 'full', remaining: 0 }),
                slot({ id: 's3', date: '2026-11-30', session: 'pm', start: '13:30', end: '15:00', bookability: 'closed', remaining: 0 }),
              ]
            : [],
      }),
    })
    render(<SchedulePage />)

    await screen.findByText('上午')
    expect(screen.getAllByRole('radio')).toHaveLength(8)
    expect(requestsFor('slots')[0].data.data).toEqual({ ...scope, date: '2026-11-30' })
    expect(day(/11月30日/)).toHaveAttribute('aria-checked', 'true')
    expect(day(/11月30日/)).toHaveTextContent('余37')
    expect(day(/^今天/)).toHaveTextContent('约满')
    expect(screen.getByText('下午')).toBeInTheDocument()
    // The release sentence is built from the hospitals' policy.
    expect(screen.getByText('每天07:00放出第7天的号源')).toBeInTheDocument()

    const open = screen.getByRole('button', { name: /08:00‑09:00/ })
    const full = screen.getByRole('button', { name: /09:00‑11:00/ })
    expect(open).not.toHaveAttribute('aria-disabled')
    expect(full).toHaveAttribute('aria-disabled', 'true')
    expect(within(full).getByText('已约满')).toBeInTheDocument()
    expect(within(full).getByText('¥15.00')).toBeInTheDocument()
    expect(within(screen.getByRole('button', { name: /13:30‑15:00/ })).getByText('停诊')).toBeInTheDocument()

    fireEvent.click(full)
    expect(taroDouble.navigations).toEqual([])
    fireEvent.click(open)
    expect(taroDouble.navigations[0].url).toBe(
      '/packages/clinic/pages/confirm/index?hospitalId=h-first&campusId=c-first-old&departmentId=c-first-old-cardiology&date=2026-11-30&slotId=s1',
    )

    fireEvent.click(day(/^今天/))
    expect(await screen.findByText('11月29日该科室没有排班，请选择其他日期。')).toBeInTheDocument()
    expect(day(/^今天/)).toHaveAttribute('aria-checked', 'true')
  })

  it('marks the days where a family member’s free revisit applies, and says when a chosen day falls outside', async () => {
    useSessionStore.setState({ token: 't', expiresAt: null, user: resident })
    handleActions({
      hospitals: () => hospitalsAnswer,
      days: () => ({ days: week, releaseTime: '07:00' }),
      slots: () => ({ slots: [slot()] }),
      mine: () => ({ upcoming: [registration({ id: 'reg-anchor', visitDate: '2026-11-30', freeRevisitUntil: '2026-12-02' })], past: [], freeCancellationRule: '' }),
    })
    render(<SchedulePage />)
    await waitFor(() => expect(day(/11月30日/)).toHaveTextContent('可免费复诊'))
    expect(day(/12月1日/)).toHaveTextContent('可免费复诊')
    expect(day(/12月2日/)).toHaveTextContent('可免费复诊')
    expect(day(/12月3日/)).not.toHaveTextContent('可免费复诊')
    expect(screen.getByText(/代玉贤11月30日首诊，11月30日在免费复诊期（11月30日至12月2日（含））内/)).toBeInTheDocument()

    fireEvent.click(day(/12月4日/))
    expect(await screen.findByText('代玉贤的免费复诊期为11月30日至12月2日（含）。所选的12月4日不在其中，将按新挂号收费。')).toBeInTheDocument()
  })

  it('marks no free days for another department’s first visit', async () => {
    useSessionStore.setState({ token: 't', expiresAt: null, user: resident })
    handleActions({
      hospitals: () => hospitalsAnswer,
      days: () => ({ days: week, releaseTime: '07:00' }),
      slots: () => ({ slots: [slot()] }),
      mine: () => ({ upcoming: [registration({ departmentId: 'c-first-old-pediatrics' })], past: [], freeCancellationRule: '' }),
    })
    render(<SchedulePage />)
    await screen.findByText('上午')
    await waitFor(() => expect(requestsFor('mine')).toHaveLength(1))
    expect(screen.queryByText('可免费复诊')).toBeNull()
  })

  it('says the day has no schedule when it has no segments', async () => {
    handleActions({
      hospitals: () => hospitalsAnswer,
      days: () => ({ days: [{ date: '2026-12-01', remaining: 0, published: false }], releaseTime: '07:00' }),
      slots: () => ({ slots: [] }),
    })
    render(<SchedulePage />)
    expect(await screen.findByText('12月1日该科室没有排班，请选择其他日期。')).toBeInTheDocument()
    expect(day(/12月1日/)).toHaveTextContent('无号')
    expect(screen.queryByRole('button', { name: /‑/ })).toBeNull()
  })

  it('shows why the segments did not load and loads them again on 重试', async () => {
    let failNext = true
    handleActions({
      hospitals: () => hospitalsAnswer,
      days: () => ({ days: [{ date: '2026-11-30', remaining: 10, published: true }], releaseTime: '07:00' }),
      slots: () => {
        if (failNext) {
          failNext = false
          throw apiFailure(503, 'INTERNAL', '服务繁忙，请稍后重试')
        }
        return { slots: [slot({ id: 's1', date: '2026-11-30' })] }
      },
    })
    render(<SchedulePage />)
    expect(await screen.findByRole('alert')).toHaveTextContent('服务繁忙，请稍后重试')
    fireEvent.click(screen.getByRole('button', { name: '重试' }))
    expect(await screen.findByRole('button', { name: /08:00‑09:00/ })).toBeInTheDocument()
    expect(screen.queryByText('服务繁忙，请稍后重试')).toBeNull()
    expect(requestsFor('slots')).toHaveLength(2)
  })

  it('shows why the days did not load and loads them again on 重试', async () => {
    let failNext = true
    handleActions({
      hospitals: () => hospitalsAnswer,
      days: () => {
        if (failNext) {
          failNext = false
          throw apiFailure(503, 'INTERNAL', '服务繁忙，请稍后重试')
        }
        return { days: [{ date: '2026-11-30', remaining: 10, published: true }], releaseTime: '07:00' }
      },
      slots: () => ({ slots: [slot({ id: 's1', date: '2026-11-30' })] }),
    })
    render(<SchedulePage />)
    fireEvent.click(await screen.findByRole('button', { name: '重试' }))
    expect(await screen.findByRole('button', { name: /08:00‑09:00/ })).toBeInTheDocument()
    expect(requestsFor('days')).toHaveLength(2)
  })

  it('follows a link to another department instead of showing the one from history', async () => {
    taroDouble.routerPath = '/packages/clinic/pages/schedule/index?hospitalId=h-first&campusId=c-first-old&departmentId=c-first-old-cardiology'
    handleActions({
      hospitals: () => hospitalsAnswer,
      days: () => ({ days: [{ date: '2026-11-30', remaining: 10, published: true }], releaseTime: '07:00' }),
      slots: () => ({ slots: [slot()] }),
    })
    render(<SchedulePage />)
    expect(await screen.findByText('老院区', { exact: false })).toBeInTheDocument()
    act(() => {
      window.location.hash = '#/packages/clinic/pages/schedule/index?hospitalId=h-first&campusId=c-first-new&departmentId=c-first-new-cardiology'
      window.dispatchEvent(new HashChangeEvent('hashchange'))
    })
    expect(await screen.findByText('县第一人民医院 新院区')).toBeInTheDocument()
    expect(screen.getByText('就诊地点：门诊楼三层')).toBeInTheDocument()
    await waitFor(() => expect(requestsFor('days').at(-1)?.data.data).toEqual({ hospitalId: 'h-first', campusId: 'c-first-new', departmentId: 'c-first-new-cardiology' }))
  })
})
