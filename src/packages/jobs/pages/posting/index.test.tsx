import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { useSessionStore } from '@/shared/session/session-store'
import { apiFailure, handleActions, requestsFor, taroDouble } from '../../../../../tests/doubles/taro'
import { application, members, posting, resident } from '../../../../../tests/doubles/jobs-answers'
import PostingPage from './index'

describe('岗位详情', () => {
  beforeEach(() => {
    taroDouble.routerParams = { id: 'job-1' }
  })

  it('shows pay, requirements, work dates and hours, the place with a map and the employer; the phone only after applying', async () => {
    handleActions({ detail: () => posting() })
    const open = jest.spyOn(window, 'open').mockImplementation(() => null)
    render(<PostingPage />)
    expect(await screen.findByText('150元/天 · 日结')).toHaveClass('key-figure')
    expect(screen.getByText('招聘中')).toBeInTheDocument()
    expect(screen.getByText('年龄：18–60岁')).toBeInTheDocument()
    expect(screen.getByText('健康证')).toBeInTheDocument()
    expect(screen.getByText('能吃苦')).toBeInTheDocument()
    expect(screen.getByText('12月1日至12月5日（含）')).toBeInTheDocument()
    expect(screen.getByText('07:00-16:00')).toHaveClass('nowrap')
    expect(screen.getByText('驿站已核实营业执照')).toBeInTheDocument()
    expect(screen.getByText('报名后可查看联系人和电话')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /拨打电话/ })).toBeNull()
    expect(requestsFor('detail')[0].data.data).toEqual({ postingId: 'job-1' })

    fireEvent.click(screen.getByRole('button', { name: /查看地图/ }))
    expect(open).toHaveBeenCalledWith(expect.stringContaining('position=125.3031,43.3478'), '_blank', 'noopener')
    open.mockRestore()
    // Signed out: the picker asks to sign in, and there is no 报名 to tap.
    expect(screen.getByText('请先登录，再选择求职人。')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: '报名' })).toBeNull()
  })

  it('applies for the chosen member once, then shows the employer’s phone to call', async () => {
    useSessionStore.setState({ token: 't', expiresAt: null, user: resident })
    let applied = false
    handleActions({
      detail: () =>
        applied
          ? posting({ contact: { name: '王丽华', phone: '13904340101' }, applied: true, myApplications: [{ applicationId: 'app-1', memberId: 'mem-li', memberName: '李向东', status: 'applied', statusLabel: '已报名' }] })
          : posting(),
      members: () => members,
      apply: () => {
        applied = true
        return application()
      },
    })
    render(<PostingPage />)
    const submit = await screen.findByRole('button', { name: '报名' })
    expect(submit).toHaveAttribute('aria-disabled', 'true')
    expect(screen.getByText('请先选择求职人')).toBeInTheDocument()

    fireEvent.click(await screen.findByRole('radio', { name: /李向东/ }))
    fireEvent.click(screen.getByRole('button', { name: '报名' }))
    await waitFor(() => expect(requestsFor('apply')).toHaveLength(1))
    expect(requestsFor('apply')[0].data.data).toEqual({ postingId: 'job-1', memberId: 'mem-li' })
    expect(requestsFor('apply')[0].data.requestId).toEqual(expect.any(String))

    const contact = await screen.findByRole('group', { name: '联系方式' })
    expect(await within(contact).findByText('13904340101')).toBeInTheDocument()
    fireEvent.click(within(contact).getByRole('button', { name: /拨打电话/ }))
    expect(taroDouble.phoneCalls).toEqual(['13904340101'])
    expect(screen.getByText('李向东：已报名')).toBeInTheDocument()

    // The same member again: said why, and nothing is sent.
    fireEvent.click(screen.getByRole('radio', { name: /李向东/ }))
    expect(screen.getByText('李向东已报名这个岗位，进度在“我的报名”里')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '报名' })).toHaveAttribute('aria-disabled', 'true')
    expect(requestsFor('apply')).toHaveLength(1)
  })

  it('says the server’s refusal beside the button (another account of the same person applied)', async () => {
    useSessionStore.setState({ token: 't', expiresAt: null, user: resident })
    handleActions({
      detail: () => posting(),
      members: () => members,
      apply: () => {
        throw apiFailure(409, 'ALREADY_APPLIED', '李向东已报名该岗位')
      },
    })
    render(<PostingPage />)
    fireEvent.click(await screen.findByRole('radio', { name: /李向东/ }))
    fireEvent.click(screen.getByRole('button', { name: '报名' }))
    expect(await screen.findByText('李向东已报名该岗位')).toBeInTheDocument()
  })

  it('says why a closed posting takes no applications, and offers other work instead', async () => {
    handleActions({ detail: () => posting({ status: 'filled', statusLabel: '已招满', statusTone: 'neutral', canApply: false, closedReason: '该岗位已招满', headcountLeft: 0 }) })
    render(<PostingPage />)
    expect(await screen.findByText('该岗位已招满')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: '报名' })).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: '找其他岗位' }))
    expect(taroDouble.navigations).toEqual([{ kind: 'redirectTo', url: '/packages/jobs/pages/index/index' }])
  })

  it('says a posting that is not public (or gone) cannot be found, without a 重试 that cannot help', async () => {
    handleActions({
      detail: () => {
        throw apiFailure(404, 'NOT_FOUND', '未找到该岗位')
      },
    })
    render(<PostingPage />)
    expect(await screen.findByText('没有找到这个岗位，可能还在审核，或已被撤下。')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: '重试' })).toBeNull()
  })

  it('shows the employer its own pending posting with the reason it was sent back', async () => {
    handleActions({ detail: () => posting({ status: 'rejected', statusLabel: '未通过审核', statusTone: 'bad', canApply: false, closedReason: '该岗位尚未发布', rejectionReason: '请注明每月休息天数' }) })
    render(<PostingPage />)
    expect(await screen.findByText('未通过审核：请注明每月休息天数')).toBeInTheDocument()
  })
})
