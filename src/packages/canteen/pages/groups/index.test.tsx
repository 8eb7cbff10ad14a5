import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { useSessionStore } from '@/shared/session/session-store'
import { handleActions, requestsFor, taroDouble } from '../../../../../tests/doubles/taro'
import { familyAnswer, groupClaim } from '../../../../../tests/doubles/canteen-answers'
import { resident } from '../../../../../tests/doubles/clinic-answers'
import CanteenGroupsPage from './index'

// Stencil renders Taro's inputs a moment after React; two cores shared by several suites make that moment long.
configure({ asyncUtilTimeout: 5000 })

const verified = groupClaim({ id: 'clm-2', group: 'disabled', groupLabel: '残疾人', status: 'verified', statusLabel: '已核验', statusTone: 'good', expiresOn: '2027-11-29', nextStep: null })
const rejected = groupClaim({ id: 'clm-3', memberId: 'm-mother', memberName: '代玉贤', group: 'dibao', groupLabel: '低保户', status: 'rejected', statusLabel: '未通过', statusTone: 'bad', reason: '低保证已过期', nextStep: null })
const expired = groupClaim({ id: 'clm-4', group: 'cleaner', groupLabel: '保洁员', status: 'expired', statusLabel: '已过期', statusTone: 'neutral', expiresOn: '2026-11-20', nextStep: null })

describe('我的优惠', () => {
  beforeEach(() => {
    useSessionStore.setState({ token: 'token-1', expiresAt: null, user: resident })
  })

  it('shows each claim where it stands: what to bring while waiting, until when once verified, why when refused, and expiry', async () => {
    handleActions({ myClaims: () => ({ claims: [groupClaim(), verified, rejected, expired] }), members: () => familyAnswer })
    render(<CanteenGroupsPage />)
    const pending = await screen.findByRole('group', { name: '代建国 退役军人' })
    expect(within(pending).getByText('待核验')).toHaveClass('status-badge', 'tone-progress')
    expect(within(pending).getByText('请携带退役军人优待证或退役证到食堂窗口核验，核验通过后退役军人用餐八折')).toBeInTheDocument()
    expect(within(pending).getByText('工作人员看过证件以前，用餐按原价或年龄优惠收费。')).toBeInTheDocument()
    expect(within(screen.getByRole('group', { name: '代建国 残疾人' })).getByText('有效期至2027年11月29日（含）')).toHaveClass('key-figure')
    expect(within(screen.getByRole('group', { name: '代玉贤 低保户' })).getByText('未通过原因：低保证已过期')).toBeInTheDocument()
    expect(within(screen.getByRole('group', { name: '代建国 保洁员' })).getByText('有效期至2026年11月20日（含），现已过期。如仍符合条件，请重新申请并到食堂核验。')).toBeInTheDocument()
  })

  it('claims a group for a family member, asks for no photo, and shows the server’s next step at once', async () => {
    let claimed = false
    handleActions({
      myClaims: () => ({ claims: claimed ? [groupClaim()] : [] }),
      members: () => familyAnswer,
      claimGroup: () => {
        claimed = true
        return groupClaim()
      },
    })
    render(<CanteenGroupsPage />)
    expect(await screen.findByText('还没有申请过优惠身份。')).toBeInTheDocument()
    expect(screen.getByText(/不需要上传证件照片/)).toBeInTheDocument()
    const submit = screen.getByRole('button', { name: '提交申请' })
    expect(submit).toHaveAttribute('aria-disabled', 'true')
    expect(screen.getByText('请先选择就餐人')).toHaveAttribute('id', submit.getAttribute('aria-describedby'))

    fireEvent.click(await screen.findByRole('radio', { name: /代建国/ }))
    expect(screen.getByText('请选择优惠身份')).toBeInTheDocument()
    const groups = within(screen.getByRole('radiogroup', { name: '优惠身份' })).getAllByRole('radio')
    expect(groups).toHaveLength(7)
    expect(screen.getByText('到食堂出示：出租汽车驾驶员从业资格证')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('radio', { name: /^退役军人/ }))
    fireEvent.click(screen.getByRole('button', { name: '提交申请' }))

    await waitFor(() => expect(requestsFor('claimGroup')).toHaveLength(1))
    expect(requestsFor('claimGroup')[0].data.data).toEqual({ memberId: 'm-self', group: 'veteran' })
    const answer = await screen.findByRole('status')
    expect(answer).toHaveTextContent('代建国的退役军人：待核验')
    expect(answer).toHaveTextContent('请携带退役军人优待证或退役证到食堂窗口核验')
    expect(await screen.findByRole('group', { name: '代建国 退役军人' })).toBeInTheDocument()
    expect(taroDouble.chooseImageCalls).toHaveLength(0)
  })

  it('asks a signed-out visitor to log in, and asks the server nothing', () => {
    useSessionStore.setState({ token: null, expiresAt: null, user: null })
    handleActions({})
    render(<CanteenGroupsPage />)
    expect(screen.getByText('请先登录，查看和申请家人的用餐优惠。')).toBeInTheDocument()
    expect(taroDouble.requests).toHaveLength(0)
  })
})
