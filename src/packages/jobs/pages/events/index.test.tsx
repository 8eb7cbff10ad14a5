import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { useSessionStore } from '@/shared/session/session-store'
import { handleActions, requestsFor, taroDouble } from '../../../../../tests/doubles/taro'
import { jobEvent, members, resident, station } from '../../../../../tests/doubles/jobs-answers'
import EventsPage from './index'

const fair = jobEvent({ id: 'evt-fair', kind: 'fair', kindLabel: '招聘会', title: '零工驿站冬季招聘会', whenText: '12月3日 周四 09:00', remaining: 0, enrollable: false, seats: 500 })

describe('培训和招聘会', () => {
  it('lists classes and fairs with when, where and seats left, and the reminder rule from the policy', async () => {
    handleActions({ station: () => station, events: (data) => ({ events: data.kind === 'fair' ? [fair] : [jobEvent(), fair] }) })
    render(<EventsPage />)
    const care = await screen.findByRole('group', { name: '养老护理员（初级）培训班' })
    expect(within(care).getByText('12月5日')).toHaveClass('nowrap')
    expect(within(care).getByText('余12席（共40席）')).toBeInTheDocument()
    expect(await screen.findByText('报名后，活动开始前24小时内发送提醒（在消息中查看）。')).toBeInTheDocument()
    const full = screen.getByRole('group', { name: '零工驿站冬季招聘会' })
    expect(within(full).getByText('名额已满（共500席）')).toBeInTheDocument()
    expect(within(full).getByText('名额已满，请关注下一期')).toBeInTheDocument()

    fireEvent.click(screen.getByRole('tab', { name: '招聘会' }))
    await waitFor(() => expect(requestsFor('events').at(-1)?.data.data).toEqual({ kind: 'fair' }))
    await waitFor(() => expect(screen.queryByRole('group', { name: '养老护理员（初级）培训班' })).toBeNull())
  })

  it('signs a family member up, and cancels after asking', async () => {
    useSessionStore.setState({ token: 't', expiresAt: null, user: resident })
    let enrolled = false
    handleActions({
      station: () => station,
      members: () => members,
      events: () => ({ events: [enrolled ? jobEvent({ remaining: 11, myEnrollments: [{ enrollmentId: 'enr-1', memberId: 'mem-wife', memberName: '张桂芝' }] }) : jobEvent()] }),
      enroll: () => {
        enrolled = true
        return { enrollmentId: 'enr-1' }
      },
      cancelEnrollment: () => {
        enrolled = false
        return { enrollmentId: 'enr-1', status: 'cancelled' }
      },
    })
    render(<EventsPage />)
    fireEvent.click(await screen.findByRole('button', { name: '报名' }))
    expect(screen.getByRole('button', { name: '确认报名' })).toHaveAttribute('aria-disabled', 'true')
    expect(screen.getByText('请先选择报名人')).toBeInTheDocument()
    fireEvent.click(await screen.findByRole('radio', { name: /张桂芝/ }))
    fireEvent.click(screen.getByRole('button', { name: '确认报名' }))
    await waitFor(() => expect(requestsFor('enroll')).toHaveLength(1))
    expect(requestsFor('enroll')[0].data.data).toEqual({ eventId: 'evt-care', memberId: 'mem-wife' })
    expect(await screen.findByText('余11席（共40席）')).toBeInTheDocument()

    fireEvent.click(screen.getByRole('button', { name: '取消报名 张桂芝' }))
    await waitFor(() => expect(requestsFor('cancelEnrollment')).toHaveLength(1))
    expect(taroDouble.modals[0].content).toContain('确定取消张桂芝「养老护理员（初级）培训班」的报名吗？')
    expect(requestsFor('cancelEnrollment')[0].data.data).toEqual({ enrollmentId: 'enr-1' })
    expect(await screen.findByText('余12席（共40席）')).toBeInTheDocument()
  })
})
