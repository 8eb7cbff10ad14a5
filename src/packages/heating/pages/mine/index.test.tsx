import { fireEvent, render, screen, within } from '@testing-library/react'
import { useSessionStore } from '@/shared/session/session-store'
import { handleActions, taroDouble } from '../../../../../tests/doubles/taro'
import { resident } from '../../../../../tests/doubles/clinic-answers'
import { complaint, handled } from '../../../../../tests/doubles/heating-answers'
import MyComplaintsPage from './index'

describe('我的反映', () => {
  beforeEach(() => {
    useSessionStore.setState({ token: 'token-1', expiresAt: null, user: resident })
  })

  it('lists current complaints with their limit and what waits for the resident, and finished ones under 已结束', async () => {
    handleActions({
      mine: () => ({
        complaints: [
          handled({ id: 'hcp-2' }),
          complaint({ id: 'hcp-1', overdue: true, overdueLabel: '督办：超时未受理' }),
          complaint({ id: 'hcp-0', status: 'closed', statusLabel: '已办结', statusTone: 'good', category: 'leak', categoryLabel: '漏水', nextDeadline: null }),
        ],
      }),
    })
    render(<MyComplaintsPage />)
    expect(await screen.findByRole('tab', { name: '处理中（2）' })).toHaveAttribute('aria-selected', 'true')
    const cards = screen.getAllByRole('group')
    expect(cards).toHaveLength(2)
    expect(within(cards[0]).getByText('待您确认：已处理，请确认是否解决')).toBeInTheDocument()
    expect(within(cards[0]).getByText('实测 16.8℃')).toHaveClass('key-figure')
    expect(within(cards[1]).getByText('督办：超时未受理')).toBeInTheDocument()
    expect(within(cards[1]).getByText('11月29日 12:00前受理')).toBeInTheDocument()
    expect(screen.queryByText('漏水')).toBeNull()

    fireEvent.click(within(cards[1]).getByRole('button', { name: '查看详情：室温不达标' }))
    expect(taroDouble.navigations).toEqual([{ kind: 'navigateTo', url: '/packages/heating/pages/complaint/index?id=hcp-1' }])

    fireEvent.click(screen.getByRole('tab', { name: '已结束' }))
    expect(await screen.findByText('漏水')).toBeInTheDocument()
    expect(screen.getAllByRole('group')).toHaveLength(1)
  })

  it('says there is nothing yet and offers 我要反映', async () => {
    handleActions({ mine: () => ({ complaints: [] }) })
    render(<MyComplaintsPage />)
    expect(await screen.findByText('没有正在处理的反映。')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: '我要反映' }))
    expect(taroDouble.navigations).toEqual([{ kind: 'navigateTo', url: '/packages/heating/pages/report/index' }])
  })
})
