import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { useSessionStore } from '@/shared/session/session-store'
import { handleActions, requestsFor, taroDouble } from '../../../../../tests/doubles/taro'
import { official } from '../../../../../tests/doubles/clinic-answers'
import { communitiesAnswer, complaint, dispatcher, incident } from '../../../../../tests/doubles/heating-answers'
import DispatchPage from './index'

const late = complaint({ id: 'hcp-late', room: '301', overdue: true, overdueLabel: '督办：超时未受理', nextDeadline: { kind: 'accept', by: '2026-11-29T01:00:00.000Z', label: '11月29日 09:00前受理' }, incident: { id: 'inc-1', households: 3, dispatched: false, sentence: null } })
const fresh = complaint({ id: 'hcp-fresh', room: '602', incident: { id: 'inc-1', households: 3, dispatched: false, sentence: null } })
const measuring = complaint({ id: 'hcp-measured', room: '101', status: 'measured', statusLabel: '已上门测温', allowedMoves: ['resolved'], incident: { id: 'inc-1', households: 3, dispatched: true, sentence: null } })

describe('供热调度台', () => {
  beforeEach(() => {
    useSessionStore.setState({ token: 't', expiresAt: null, user: dispatcher })
  })

  it('lists the queue in the server’s order (nearest deadline first) with 督办 flagged, and filters by station and status', async () => {
    handleActions({ communities: () => communitiesAnswer(), queue: () => ({ complaints: [late, fresh] }) })
    render(<DispatchPage />)
    const rows = await screen.findAllByRole('group', { name: /天馨花园/ })
    expect(rows.map((r) => r.getAttribute('aria-label'))).toEqual(['天馨花园 3号楼 2单元 301室 室温不达标', '天馨花园 3号楼 2单元 602室 室温不达标'])
    expect(within(rows[0]).getByText('督办：超时未受理')).toBeInTheDocument()
    expect(within(rows[1]).queryByText(/督办/)).toBeNull()
    expect(screen.getByText('共2条，按最近的办理时限排列，其中1条已超时（督办）。')).toBeInTheDocument()
    // Lists never carry the resident's phone.
    expect(screen.queryByText(/139/)).toBeNull()

    fireEvent.click(await screen.findByRole('radio', { name: '果品站' }))
    await waitFor(() => expect(requestsFor('queue').at(-1)?.data.data).toEqual({ stationId: 'hs-guopin' }))
    fireEvent.click(screen.getByRole('radio', { name: '已上门测温' }))
    await waitFor(() => expect(requestsFor('queue').at(-1)?.data.data).toEqual({ status: 'measured', stationId: 'hs-guopin' }))
    expect(screen.getByRole('radio', { name: '已上门测温' })).toHaveAttribute('aria-checked', 'true')

    fireEvent.click(within(rows[0]).getByRole('button', { name: '办理天馨花园 3号楼 2单元 301室' }))
    expect(taroDouble.navigations).toEqual([{ kind: 'navigateTo', url: '/packages/heating/pages/desk/index?complaintId=hcp-late' }])
  })

  it('works a station incident: one move for each open complaint that can make it, and says what was left', async () => {
    let moved = false
    handleActions({
      communities: () => communitiesAnswer(),
      queue: () => ({ complaints: moved ? [measuring] : [late, fresh, measuring] }),
      incidents: () => ({ incidents: [incident(), incident({ id: 'inc-old', stationName: '果品站', status: 'closed', households: 1, openComplaints: 0 })] }),
      transitionIncident: () => {
        moved = true
        return { incident: incident({ dispatched: false }), moved: ['hcp-late', 'hcp-fresh'], skipped: [{ complaintId: 'hcp-measured', status: 'measured', statusLabel: '已上门测温' }] }
      },
    })
    render(<DispatchPage />)
    fireEvent.click(await screen.findByRole('tab', { name: '站点事件' }))
    const card = await screen.findByRole('group', { name: '农行站事件' })
    expect(within(card).getByText('3户')).toHaveClass('key-figure')
    const households = await within(card).findByRole('list', { name: '农行站待办的住户' })
    expect(within(households).getAllByRole('listitem')).toHaveLength(3)
    // Measuring is per household: an incident offers accept, dispatch, resolve and refuse only.
    expect(within(card).getByRole('button', { name: '受理（2条）' })).toBeInTheDocument()
    expect(within(card).getByRole('button', { name: '处理完成（1条）' })).toBeInTheDocument()
    expect(within(card).queryByRole('button', { name: /录入上门实测/ })).toBeNull()
    expect(within(screen.getByRole('group', { name: '果品站事件' })).queryByRole('button')).toBeNull()

    fireEvent.click(within(card).getByRole('button', { name: '受理（2条）' }))
    await waitFor(() => expect(requestsFor('transitionIncident')).toHaveLength(1))
    expect(requestsFor('transitionIncident')[0].data.data).toEqual({ incidentId: 'inc-1', to: 'accepted' })
    expect(await within(card).findByText('已受理2条；1条未变（已上门测温）')).toBeInTheDocument()
  })

  it('is for dispatchers only: an official is led to the figures', () => {
    useSessionStore.setState({ token: 't', expiresAt: null, user: official })
    render(<DispatchPage />)
    expect(screen.getByText('调度台仅供供热公司调度员使用。')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: '查看供热统计' }))
    expect(taroDouble.navigations).toEqual([{ kind: 'redirectTo', url: '/packages/heating/pages/figures/index' }])
  })
})
