import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { useSessionStore } from '@/shared/session/session-store'
import { handleActions, requestsFor } from '../../../../../tests/doubles/taro'
import { employerUser, managed, staffUser } from '../../../../../tests/doubles/jobs-answers'
import ReviewPage from './index'

const pending = managed({ status: 'pending_review', statusLabel: '待审核', statusTone: 'progress', canApply: false, closedReason: '该岗位尚未发布' })

describe('岗位审核', () => {
  it('approves a posting, and rejects another only with a reason the employer will read', async () => {
    useSessionStore.setState({ token: 't', expiresAt: null, user: staffUser })
    const queue = [pending, managed({ ...pending, id: 'job-2', title: '家庭保洁钟点工' })]
    handleActions({
      reviewQueue: () => ({ postings: queue.filter((p) => !requestsFor('review').some((r) => r.data.data.postingId === p.id)) }),
      review: (data) => managed({ id: String(data.postingId) }),
    })
    render(<ReviewPage />)
    const first = await screen.findByRole('group', { name: '小区保洁员（日结）' })
    expect(within(first).getByText('13904340101')).toBeInTheDocument()
    expect(screen.getByText('待审核（2），先交的在前')).toBeInTheDocument()
    fireEvent.click(within(first).getByRole('button', { name: '通过 小区保洁员（日结）' }))
    await waitFor(() => expect(requestsFor('review')[0].data.data).toEqual({ postingId: 'job-1', approve: true }))
    await waitFor(() => expect(screen.queryByRole('group', { name: '小区保洁员（日结）' })).toBeNull())

    const second = screen.getByRole('group', { name: '家庭保洁钟点工' })
    fireEvent.click(within(second).getByRole('button', { name: '不通过' }))
    const send = within(second).getByRole('button', { name: '退回给用工单位' })
    expect(send).toHaveAttribute('aria-disabled', 'true')
    expect(within(second).getByText('请写明原因，用工单位才知道怎么改')).toBeInTheDocument()
    fireEvent.input(await within(second).findByRole('textbox', { name: '不通过的原因（用工单位会看到）' }), { target: { value: '工资与时间不一致' } })
    fireEvent.click(within(second).getByRole('button', { name: '退回给用工单位' }))
    await waitFor(() => expect(requestsFor('review')[1].data.data).toEqual({ postingId: 'job-2', approve: false, reason: '工资与时间不一致' }))
    expect(await screen.findByText('没有待审核的岗位。')).toBeInTheDocument()
  })

  it('is for station staff only', () => {
    useSessionStore.setState({ token: 't', expiresAt: null, user: employerUser })
    handleActions({})
    render(<ReviewPage />)
    expect(screen.getByText('岗位审核由零工驿站工作人员办理。')).toBeInTheDocument()
  })
})
