import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { useSessionStore } from '@/shared/session/session-store'
import { handleActions, requestsFor, taroDouble } from '../../../../../tests/doubles/taro'
import { applicant, employerUser, managed, staffUser } from '../../../../../tests/doubles/jobs-answers'
import ApplicantsPage from './index'

describe('报名的人', () => {
  beforeEach(() => {
    taroDouble.routerParams = { postingId: 'job-1' }
  })

  it('shows the employer each applicant’s registration and full phone to call, and marks them contacted', async () => {
    useSessionStore.setState({ token: 't', expiresAt: null, user: employerUser })
    let status: 'applied' | 'contacted' = 'applied'
    handleActions({
      detail: () => managed(),
      applicants: () => ({
        applications: [status === 'applied' ? applicant() : applicant({ status: 'contacted', statusLabel: '已联系', allowedMoves: ['hired', 'declined'] })],
      }),
      setApplicationStatus: (data) => {
        status = 'contacted'
        return applicant({ status: data.status as 'contacted' })
      },
    })
    render(<ApplicantsPage />)
    const card = await screen.findByRole('group', { name: '李向东 已报名' })
    expect(within(card).getByText('男，46岁')).toBeInTheDocument()
    expect(within(card).getByText('C1驾驶证')).toBeInTheDocument()
    expect(within(card).getByText('保洁、搬运装卸')).toBeInTheDocument()
    expect(within(card).getByText('随时可上岗')).toBeInTheDocument()
    expect(within(card).getByText('13504347788')).toBeInTheDocument()
    fireEvent.click(within(card).getByRole('button', { name: /拨打电话/ }))
    expect(taroDouble.phoneCalls).toEqual(['13504347788'])
    expect(within(card).queryByRole('button', { name: /^录用/ })).toBeNull()

    fireEvent.click(within(card).getByRole('button', { name: '记为已联系 李向东' }))
    await waitFor(() => expect(requestsFor('setApplicationStatus')).toHaveLength(1))
    expect(requestsFor('setApplicationStatus')[0].data.data).toEqual({ applicationId: 'app-1', status: 'contacted' })
    expect(taroDouble.modals).toHaveLength(0)
    const contacted = await screen.findByRole('group', { name: '李向东 已联系' })

    taroDouble.modalConfirms = false
    fireEvent.click(within(contacted).getByRole('button', { name: '录用 李向东' }))
    await waitFor(() => expect(taroDouble.modals).toHaveLength(1))
    expect(taroDouble.modals[0].content).toBe('确定录用李向东吗？李向东会收到录用通知。')
    expect(requestsFor('setApplicationStatus')).toHaveLength(1)
  })

  it('shows station staff the phone masked, with nothing to dial', async () => {
    useSessionStore.setState({ token: 't', expiresAt: null, user: staffUser })
    handleActions({ detail: () => managed(), applicants: () => ({ applications: [applicant({ phone: '135****7788' })] }) })
    render(<ApplicantsPage />)
    expect(await screen.findByText('135****7788（只有发布岗位的单位能看到完整号码）')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /拨打电话/ })).toBeNull()
  })
})
