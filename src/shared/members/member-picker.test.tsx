import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { useState } from 'react'
import type { Member } from '@/domain/account/contract'
import { useSessionStore } from '@/shared/session/session-store'
import { apiFailure, handleActions, requestsFor, taroDouble } from '../../../tests/doubles/taro'
import { MemberPicker } from './member-picker'

const mother: Member = {
  id: 'm-mother',
  name: '代玉贤',
  relation: 'mother',
  relationLabel: '母亲',
  idNumberMasked: '2203**********1021',
  phoneMasked: '139****0000',
  sex: 'F',
  age: 94,
  idNumberLocked: true,
}
const self: Member = { ...mother, idNumberMasked: '2203**********1012', id: 'm-self', name: '代建国', relation: 'self', relationLabel: '本人', sex: 'M', age: 71, idNumberLocked: false }

function Harness({ label = '就诊人' }: { label?: string }) {
  const [chosen, setChosen] = useState('')
  return <MemberPicker label={label} value={chosen} onChange={(m) => setChosen(m.id)} />
}

const signIn = () => useSessionStore.setState({ token: 't', expiresAt: null, user: { id: 'u-1', displayName: '代先生', roles: [] } })

describe('MemberPicker', () => {
  it('lists the family under the label it is given, and marks only the person chosen', async () => {
    signIn()
    handleActions({ members: () => ({ members: [self, mother], maxMembers: 10 }) })
    render(<Harness />)
    expect(screen.getByText('就诊人')).toBeInTheDocument()
    const choice = await screen.findByRole('radio', { name: /代玉贤（母亲，94岁）/ })
    expect(choice).toHaveAttribute('aria-checked', 'false')
    fireEvent.click(choice)
    expect(choice).toHaveAttribute('aria-checked', 'true')
    expect(screen.getByRole('radio', { name: /代建国/ })).toHaveAttribute('aria-checked', 'false')
    expect(screen.getByText('身份证 2203**********1021')).toBeInTheDocument()
  })

  it('speaks of 就餐人 for the canteen', async () => {
    signIn()
    handleActions({ members: () => ({ members: [], maxMembers: 10 }) })
    render(<Harness label='就餐人' />)
    expect(await screen.findByText('还没有家庭成员。添加本人或家人后，就能选择就餐人。')).toBeInTheDocument()
  })

  it('offers 添加家庭成员 when there is nobody yet, and reads the list again on return', async () => {
    signIn()
    let members: Member[] = []
    handleActions({ members: () => ({ members, maxMembers: 10 }) })
    const { rerender } = render(<Harness />)
    fireEvent.click(await screen.findByRole('button', { name: '添加家庭成员' }))
    expect(taroDouble.navigations).toEqual([{ kind: 'navigateTo', url: '/packages/account/pages/member-edit/index' }])
    members = [mother]
    // Back from the form: the page shows again (the double's useDidShow runs on mount).
    rerender(<></>)
    rerender(<Harness />)
    expect(await screen.findByRole('radio', { name: /代玉贤/ })).toBeInTheDocument()
  })

  it('asks a signed-out person to sign in and asks the server nothing', () => {
    render(<Harness />)
    expect(screen.getByText('请先登录，再选择就诊人。')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '去登录' })).toBeInTheDocument()
    expect(requestsFor('members')).toHaveLength(0)
  })

  it('shows why the family could not be loaded, with 重试', async () => {
    signIn()
    let fail = true
    handleActions({
      members: () => {
        if (fail) {
          fail = false
          throw apiFailure(503, 'INTERNAL', '服务繁忙，请稍后重试')
        }
        return { members: [mother], maxMembers: 10 }
      },
    })
    render(<Harness />)
    expect(await screen.findByRole('alert')).toHaveTextContent('服务繁忙，请稍后重试')
    fireEvent.click(screen.getByRole('button', { name: '重试' }))
    expect(await screen.findByRole('radio', { name: /代玉贤/ })).toBeInTheDocument()
  })

  it('does not offer to add beyond the account’s limit', async () => {
    signIn()
    handleActions({ members: () => ({ members: [self, mother], maxMembers: 2 }) })
    render(<Harness />)
    await screen.findByRole('radio', { name: /代玉贤/ })
    await waitFor(() => expect(screen.queryByRole('button', { name: '添加家庭成员' })).toBeNull())
  })
})
