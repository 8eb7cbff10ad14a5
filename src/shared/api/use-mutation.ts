import { useCallback, useRef, useState } from 'react'
import { ApiError, toApiError } from './api-error'
import { createRequestId } from './request-id'
import { stableKey } from './stable-key'

export type MutationResult<O> = { ok: true; data: O } | { ok: false; error: ApiError }

export interface Mutation<I, O> {
  /** Sends the change; a tap while one is on its way joins it instead of sending another. */
  run: (input: I) => Promise<MutationResult<O>>
  pending: boolean
  /** Why the last attempt failed, until the next attempt or reset. */
  error: ApiError | null
  reset: () => void
}

/**
 * One kind of change with its idempotency key. An intent is the input: retrying the same
 * input after a failure (a lost connection, a timeout) sends the same requestId, so the
 * server answers a booking that did go through with that booking instead of booking
 * twice. A different input, or the same input after a success, is a new intent.
 */
export function useMutation<I, O>(mutate: (input: I, requestId: string) => Promise<O>): Mutation<I, O> {
  const mutateRef = useRef(mutate)
  mutateRef.current = mutate
  const intent = useRef<{ key: string; requestId: string } | null>(null)
  const inFlight = useRef<Promise<MutationResult<O>> | null>(null)
  const [pending, setPending] = useState(false)
  const [error, setError] = useState<ApiError | null>(null)

  const run = useCallback((input: I): Promise<MutationResult<O>> => {
    if (inFlight.current) return inFlight.current
    const key = stableKey(input)
    if (intent.current?.key !== key) intent.current = { key, requestId: createRequestId() }
    const { requestId } = intent.current
    setPending(true)
    setError(null)
    const attempt = (async (): Promise<MutationResult<O>> => {
      try {
        const data = await mutateRef.current(input, requestId)
        intent.current = null
        return { ok: true, data }
      } catch (failure) {
        const apiError = toApiError(failure)
        setError(apiError)
        return { ok: false, error: apiError }
      }
    })()
    inFlight.current = attempt
    void attempt.then(() => {
      if (inFlight.current === attempt) inFlight.current = null
      setPending(false)
    })
    return attempt
  }, [])

  const reset = useCallback(() => {
    intent.current = null
    setError(null)
  }, [])

  return { run, pending, error, reset }
}
