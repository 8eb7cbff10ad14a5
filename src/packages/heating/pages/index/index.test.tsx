import { fireEvent, render, screen } from '@testing-library/react'
import { useSessionStore } from '@/shared/session/session-store'
import { handleActions, taroDouble } from '../../../../../tests/doubles/taro'
import { official, resident } from '../../../../../tests/doubles/clinic-answers'
import { communitiesAnswer, dispatcher } from '../../../../../tests/doubles/heating-answers'
import HeatingIndexPage from './index'

describe('温暖供热', () => {
  it('leads a resident to 我要反映 and 我的反映, with the standard, the season and the refund rule from the server', async () => {
    useSessionStore.setState({ token: 't', expiresAt: null, user: resident })
    handleActions({ communities: () => communitiesAnswer() })
    render(<HeatingIndexPage />)
    expect(await screen.findByText('不低于18℃')).toHaveClass('key-figure')
    expect(screen.getByText('现在是供暖期。供暖期为每年10月20日至次年4月10日（含）。')).toBeInTheDocument()
    expect(screen.getByText('· 室温问题：2小时内受理，24小时内上门测温')).toBeInTheDocument()
    expect(screen.getByText(/16℃至18℃退当月供热费的30%；14℃至16℃退当月供热费的60%；14℃以下退当月供热费的100%/)).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: '调度台' })).toBeNull()
    expect(screen.queryByRole('button', { name: '供热统计' })).toBeNull()

    fireEvent.click(screen.getByRole('button', { name: '我要反映' }))
    fireEvent.click(screen.getByRole('button', { name: /^拨打电话：华大电厂新城营业部 / }))
    expect(taroDouble.navigations).toEqual([{ kind: 'navigateTo', url: '/packages/heating/pages/report/index' }])
    expect(taroDouble.phoneCalls).toEqual(['0434-4216110'])
  })

  it('offers the dispatcher 调度台 and 供热统计, and an official 供热统计 only', async () => {
    useSessionStore.setState({ token: 't', expiresAt: null, user: dispatcher })
    handleActions({ communities: () => communitiesAnswer() })
    const { unmount } = render(<HeatingIndexPage />)
    fireEvent.click(await screen.findByRole('button', { name: '调度台' }))
    expect(taroDouble.navigations).toEqual([{ kind: 'navigateTo', url: '/packages/heating/pages/dispatch/index' }])
    unmount()

    useSessionStore.setState({ token: 't', expiresAt: null, user: official })
    render(<HeatingIndexPage />)
    expect(await screen.findByRole('button', { name: '供热统计' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: '调度台' })).toBeNull()
  })
})
