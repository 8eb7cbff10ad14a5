import { fireEvent, render, screen } from '@testing-library/react'
import { Text } from '@tarojs/components'
import { ApiError } from '@/shared/api/api-error'
import type { Query } from '@/shared/api/use-query'
import { useSessionStore } from '@/shared/session/session-store'
import { taroDouble } from '../../../tests/doubles/taro'
import { AsyncView } from './async-view'

type Q = Pick<Query<string[]>, 'status' | 'data' | 'error' | 'reload'>
const query = (over: Partial<Q>): Q => ({ status: 'ready', data: undefined, error: null, reload: jest.fn(async () => undefined), ...over })
const signIn = () => useSessionStore.setState({ token: 't', expiresAt: null, user: { id: 'u-1', displayName: '代先生', roles: [] } })

function view(q: Q, extra: { signIn?: string } = {}) {
  return render(
    <AsyncView query={q} loadingText='正在加载挂号…' isEmpty={(d) => d.length === 0} emptyText='没有待就诊的挂号。' {...extra}>
      {(data) => <Text>{data.join('、')}</Text>}
    </AsyncView>,
  )
}

describe('AsyncView', () => {
  it('says it is loading while the first answer is on its way', () => {
    view(query({ status: 'loading' }))
    expect(screen.getByRole('status')).toHaveTextContent('正在加载挂号…')
  })

  it('shows the answer', () => {
    view(query({ data: ['代玉贤'] }))
    expect(screen.getByText('代玉贤')).toBeInTheDocument()
  })

  it('says so when the answer is empty', () => {
    view(query({ data: [] }))
    expect(screen.getByText('没有待就诊的挂号。')).toBeInTheDocument()
  })

  it('shows an error with 重试 to a signed-in person, and 重试 asks again', () => {
    signIn()
    const q = query({ status: 'error', error: new ApiError('INTERNAL', '服务繁忙，请稍后重试') })
    view(q)
    expect(screen.getByRole('alert')).toHaveTextContent('服务繁忙，请稍后重试')
    expect(screen.queryByRole('button', { name: '去登录' })).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: '重试' }))
    expect(q.reload).toHaveBeenCalledTimes(1)
  })

  it('shows an error even when data from before is at hand: a failure is never shown as the old list or as empty', () => {
    signIn()
    view(query({ status: 'error', data: [], error: new ApiError('NETWORK', '网络不给力，请检查网络后重试') }))
    expect(screen.getByRole('alert')).toHaveTextContent('网络不给力')
    expect(screen.queryByText('没有待就诊的挂号。')).toBeNull()
  })

  it('offers 去登录, not a 重试 that cannot work, when the server refuses the session', () => {
    signIn()
    view(query({ status: 'error', error: new ApiError('UNAUTHENTICATED', '登录已过期，请重新登录') }))
    expect(screen.getByRole('alert')).toHaveTextContent('登录已过期，请重新登录')
    expect(screen.queryByRole('button', { name: '重试' })).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: '去登录' }))
    expect(taroDouble.navigations).toEqual([{ kind: 'switchTab', url: '/pages/mine/index' }])
  })

  it('offers 去登录 when nobody is signed in and the server refuses them', () => {
    view(query({ status: 'error', error: new ApiError('FORBIDDEN', '请先登录') }))
    expect(screen.getByRole('button', { name: '去登录' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: '重试' })).toBeNull()
  })

  it('asks a signed-out person to sign in before a view about them, without loading or failing', () => {
    view(query({ status: 'idle' }), { signIn: '请先登录，查看家人的挂号。' })
    expect(screen.getByText('请先登录，查看家人的挂号。')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '去登录' })).toBeInTheDocument()
    expect(screen.queryByRole('status')).toBeNull()
  })
})
