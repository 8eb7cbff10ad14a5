import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { useSessionStore } from '@/shared/session/session-store'
import { handleActions, requestsFor, taroDouble } from '../../../../../tests/doubles/taro'
import { jobEvent, staffUser, station } from '../../../../../tests/doubles/jobs-answers'
import { shanghaiInstant } from '@/domain/business-date'
import NewEventPage from './index'

describe('发布培训招聘会', () => {
  it('reads a China date and time as the UTC instant it is', () => {
    expect(shanghaiInstant('2026-12-05', '08:30').toISOString()).toBe('2026-12-05T00:30:00.000Z')
    expect(shanghaiInstant('2026-12-01', '07:00').toISOString()).toBe('2026-11-30T23:00:00.000Z')
  })

  it('publishes a fair with its times in China time and opens the list', async () => {
    useSessionStore.setState({ token: 't', expiresAt: null, user: staffUser })
    handleActions({ station: () => station, publishEvent: () => jobEvent() })
    render(<NewEventPage />)
    fireEvent.click(await screen.findByRole('radio', { name: '招聘会' }))
    expect(screen.getByText('请填写名称')).toBeInTheDocument()
    fireEvent.input(await screen.findByRole('textbox', { name: '名称' }), { target: { value: '春季招聘会' } })
    fireEvent.input(screen.getByRole('textbox', { name: '地点' }), { target: { value: '伊通镇文化广场' } })
    fireEvent.input(screen.getByRole('spinbutton', { name: '名额（人）' }), { target: { value: '300' } })
    fireEvent(screen.getByRole('button', { name: /^开始日期/, hidden: true }), new CustomEvent('change', { bubbles: true, detail: { value: '2099-03-01' } }))
    fireEvent.click(screen.getByRole('button', { name: '发布' }))
    await waitFor(() => expect(requestsFor('publishEvent')).toHaveLength(1))
    expect(requestsFor('publishEvent')[0].data.data).toEqual({
      kind: 'fair',
      title: '春季招聘会',
      startsAt: '2099-03-01T01:00:00.000Z',
      endsAt: '2099-03-01T08:00:00.000Z',
      place: '伊通镇文化广场',
      seats: 300,
    })
    await waitFor(() => expect(taroDouble.navigations).toEqual([{ kind: 'redirectTo', url: '/packages/jobs/pages/events/index' }]))
  })
})
