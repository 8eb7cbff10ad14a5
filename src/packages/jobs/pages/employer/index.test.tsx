import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { useSessionStore } from '@/shared/session/session-store'
import { handleActions, requestsFor, taroDouble } from '../../../../../tests/doubles/taro'
import { employerUser, managed, resident } from '../../../../../tests/doubles/jobs-answers'
import EmployerPage from './index'

const live = managed({
  applicantCount: 3,
  applicantsByStatus: { applied: 1, contacted: 1, hired: 1, declined: 0, withdrawn: 0 },
  hired: 1,
  headcountLeft: 2,
})
const rejected = managed({
  id: 'job-r',
  title: '育婴员（住家）',
  status: 'rejected',
  statusLabel: '未通过审核',
  statusTone: 'bad',
  rejectionReason: '请注明每月休息天数后重新提交',
  closeOptions: [],
})

describe('我的招聘', () => {
  it('shows each own posting with its status, applicant counts and the reason a rejected one was sent back', async () => {
    useSessionStore.setState({ token: 't', expiresAt: null, user: employerUser })
    handleActions({ myPostings: () => ({ postings: [live, rejected] }) })
    render(<EmployerPage />)
    const card = await screen.findByRole('group', { name: '小区保洁员（日结）' })
    expect(within(card).getByText('报名3人：待联系1 · 已联系1 · 已录用1')).toBeInTheDocument()
    expect(within(card).getByText('还招2人（共3人）')).toBeInTheDocument()
    fireEvent.click(within(card).getByRole('button', { name: '看报名的人（3）' }))
    expect(taroDouble.navigations.at(-1)).toEqual({ kind: 'navigateTo', url: '/packages/jobs/pages/applicants/index?postingId=job-1' })

    const sentBack = screen.getByRole('group', { name: '育婴员（住家）' })
    expect(within(sentBack).getByText('未通过原因：请注明每月休息天数后重新提交')).toBeInTheDocument()
    expect(within(sentBack).queryByRole('button', { name: '撤回岗位' })).toBeNull()
  })

  it('marks a posting filled after saying what happens to those still waiting', async () => {
    useSessionStore.setState({ token: 't', expiresAt: null, user: employerUser })
    let closed = false
    handleActions({
      myPostings: () => ({ postings: [closed ? managed({ status: 'filled', statusLabel: '已招满', statusTone: 'neutral', closeOptions: [] }) : live] }),
      closePosting: () => {
        closed = true
        return managed({ status: 'filled' })
      },
    })
    render(<EmployerPage />)
    fireEvent.click(await screen.findByRole('button', { name: '已招满，停止招聘' }))
    await waitFor(() => expect(requestsFor('closePosting')).toHaveLength(1))
    expect(taroDouble.modals[0].content).toContain('还在等待的报名者会收到“未录用”通知')
    expect(requestsFor('closePosting')[0].data.data).toEqual({ postingId: 'job-1', status: 'filled' })
    expect(await screen.findByText('已招满')).toBeInTheDocument()
  })

  it('tells a resident who the page is for, and asks the server nothing', () => {
    useSessionStore.setState({ token: 't', expiresAt: null, user: resident })
    handleActions({})
    render(<EmployerPage />)
    expect(screen.getByText('这里是用工单位发布和管理岗位的地方。用工单位需先到零工驿站核实营业执照。')).toBeInTheDocument()
    expect(taroDouble.requests).toHaveLength(0)
  })
})
