import { act, renderHook, waitFor } from '@testing-library/react'
import { ApiError } from './api-error'
import { useQuery } from './use-query'

/** A fetcher the test answers by hand, to see what the hook shows in between. */
function deferred<T>() {
  let resolve!: (value: T) => void
  let reject!: (error: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

describe('useQuery', () => {
  it('is loading, then ready with the answer', async () => {
    const answer = deferred<string[]>()
    const { result } = renderHook(() => useQuery(['list'], () => answer.promise))
    expect(result.current.status).toBe('loading')
    expect(result.current.data).toBeUndefined()
    await act(async () => answer.resolve(['a']))
    expect(result.current).toMatchObject({ status: 'ready', data: ['a'], error: null })
  })

  it('reports a failure as an error with the server’s message, never as an empty answer', async () => {
    const { result } = renderHook(() =>
      useQuery(['list'], () => Promise.reject(new ApiError('INTERNAL', '服务繁忙，请稍后重试'))),
    )
    await waitFor(() => expect(result.current.status).toBe('error'))
    expect(result.current.data).toBeUndefined()
    expect(result.current.error?.message).toBe('服务繁忙，请稍后重试')
  })

  it('turns a thrown non-API value into a readable error', async () => {
    const { result } = renderHook(() => useQuery(['x'], () => Promise.reject(new TypeError('boom'))))
    await waitFor(() => expect(result.current.status).toBe('error'))
    expect(result.current.error?.code).toBe('INTERNAL')
    expect(result.current.error?.message).toBe('出了点问题，请稍后重试')
  })

  it('asks again for a new key and never shows the old key’s answer, even if it arrives late', async () => {
    const answers: Record<string, ReturnType<typeof deferred<string>>> = { a: deferred(), b: deferred() }
    const { result, rerender } = renderHook(({ id }) => useQuery(['item', id], () => answers[id].promise), { initialProps: { id: 'a' } })
    rerender({ id: 'b' })
    expect(result.current.status).toBe('loading')
    await act(async () => answers.a.resolve('answer for a'))
    expect(result.current.data).toBeUndefined()
    await act(async () => answers.b.resolve('answer for b'))
    expect(result.current.data).toBe('answer for b')
  })

  it('keeps showing the answer while a reload is on its way, then shows the new one', async () => {
    let round = 0
    const next = [deferred<number>(), deferred<number>()]
    const { result } = renderHook(() => useQuery(['n'], () => next[round++].promise))
    await act(async () => next[0].resolve(1))
    let reloading: Promise<void> = Promise.resolve()
    act(() => {
      reloading = result.current.reload()
    })
    expect(result.current).toMatchObject({ status: 'ready', data: 1 })
    await act(async () => {
      next[1].resolve(2)
      await reloading
    })
    expect(result.current.data).toBe(2)
  })

  it('asks nothing while disabled, and asks once enabled', async () => {
    const fetcher = jest.fn(() => Promise.resolve('me'))
    const { result, rerender } = renderHook(({ on }) => useQuery(['me'], fetcher, { enabled: on }), { initialProps: { on: false } })
    expect(result.current.status).toBe('idle')
    expect(fetcher).not.toHaveBeenCalled()
    rerender({ on: true })
    await waitFor(() => expect(result.current.data).toBe('me'))
    expect(fetcher).toHaveBeenCalledTimes(1)
  })

  it('puts a value the server answered in place of the data', async () => {
    const { result } = renderHook(() => useQuery(['list'], () => Promise.resolve(['a', 'b'])))
    await waitFor(() => expect(result.current.status).toBe('ready'))
    act(() => result.current.setData((list) => (list ?? []).filter((x) => x !== 'a')))
    expect(result.current.data).toEqual(['b'])
  })
})
