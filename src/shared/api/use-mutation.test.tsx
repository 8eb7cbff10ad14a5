import { act, renderHook } from '@testing-library/react'
import { ApiError } from './api-error'
import { useMutation } from './use-mutation'

type Book = { memberId: string; slotId: string }

describe('useMutation', () => {
  it('sends the same request id when the same booking is retried after a lost connection, so it never books twice', async () => {
    const seen: string[] = []
    let attempt = 0
    const { result } = renderHook(() =>
      useMutation(async (_input: Book, requestId: string) => {
        seen.push(requestId)
        attempt += 1
        if (attempt === 1) throw new ApiError('NETWORK', '网络不给力，请检查网络后重试')
        return { id: 'reg-1' }
      }),
    )
    let first: Awaited<ReturnType<typeof result.current.run>> | undefined
    await act(async () => {
      first = await result.current.run({ memberId: 'm-1', slotId: 's-1' })
    })
    expect(first).toMatchObject({ ok: false })
    expect(result.current.error?.code).toBe('NETWORK')
    await act(async () => {
      // Same intent, keys in another order.
      await result.current.run({ slotId: 's-1', memberId: 'm-1' })
    })
    expect(seen).toHaveLength(2)
    expect(seen[1]).toBe(seen[0])
    expect(result.current.error).toBeNull()
  })

  it('gives a different input a new request id', async () => {
    const seen: string[] = []
    const { result } = renderHook(() =>
      useMutation(async (_input: Book, requestId: string) => {
        seen.push(requestId)
        throw new ApiError('SLOT_FULL', '该时段已约满')
      }),
    )
    await act(async () => {
      await result.current.run({ memberId: 'm-1', slotId: 's-1' })
      await result.current.run({ memberId: 'm-2', slotId: 's-1' })
    })
    expect(seen[1]).not.toBe(seen[0])
  })

  it('starts a new intent after a success: the next booking of the same kind is a booking of its own', async () => {
    const seen: string[] = []
    const { result } = renderHook(() => useMutation(async (_input: string, requestId: string) => seen.push(requestId)))
    await act(async () => {
      await result.current.run('mark-read-1')
      await result.current.run('mark-read-1')
    })
    expect(seen[1]).not.toBe(seen[0])
  })

  it('joins a second tap made while the first is on its way instead of sending it again', async () => {
    let finish!: () => void
    const mutate = jest.fn((_input: string, _requestId: string) => new Promise<string>((resolve) => (finish = () => resolve('done'))))
    const { result } = renderHook(() => useMutation(mutate))
    let a!: Promise<unknown>
    let b!: Promise<unknown>
    act(() => {
      a = result.current.run('book')
      b = result.current.run('book')
    })
    expect(result.current.pending).toBe(true)
    await act(async () => {
      finish()
      await Promise.all([a, b])
    })
    expect(mutate).toHaveBeenCalledTimes(1)
    expect(await b).toEqual({ ok: true, data: 'done' })
    expect(result.current.pending).toBe(false)
  })
})
