import { useCallback, useEffect, useRef, useState } from 'react'
import { ApiError, toApiError } from './api-error'
import { stableKey } from './stable-key'

export type QueryStatus = 'idle' | 'loading' | 'error' | 'ready'

export interface Query<T> {
  /** idle: not asked (disabled); loading: first answer on its way; error: the last call failed. */
  status: QueryStatus
  /** The answer for the current key; kept on screen while a reload is on its way. */
  data: T | undefined
  error: ApiError | null
  /** Asks again for the same key. */
  reload: () => Promise<void>
  /** Puts a value the server has just answered (after a mutation) in place of the data. */
  setData: (update: (current: T | undefined) => T) => void
}

export interface QueryOptions {
  /** false: ask nothing (e.g. nobody is signed in, nothing chosen yet); status stays idle. */
  enabled?: boolean
}

interface State<T> {
  key: string
  status: QueryStatus
  data: T | undefined
  error: ApiError | null
}

/**
 * One read from the server for a key (the values the call depends on). A new key asks
 * again and never shows the previous key's answer; an answer that arrives after the key
 * has moved on is dropped. A failure is an error, never an empty answer.
 */
export function useQuery<T>(key: readonly unknown[], fetcher: () => Promise<T>, options: QueryOptions = {}): Query<T> {
  const enabled = options.enabled ?? true
  const keyText = stableKey(key)
  const fetcherRef = useRef(fetcher)
  fetcherRef.current = fetcher
  const ticket = useRef(0)
  const [state, setState] = useState<State<T>>({ key: keyText, status: enabled ? 'loading' : 'idle', data: undefined, error: null })

  const reload = useCallback(async () => {
    const mine = ++ticket.current
    setState((s) =>
      s.key === keyText && s.data !== undefined
        ? { ...s, status: 'ready', error: null }
        : { key: keyText, status: 'loading', data: undefined, error: null },
    )
    try {
      const data = await fetcherRef.current()
      if (mine === ticket.current) setState({ key: keyText, status: 'ready', data, error: null })
    } catch (failure) {
      if (mine !== ticket.current) return
      setState((s) => ({ key: keyText, status: 'error', data: s.key === keyText ? s.data : undefined, error: toApiError(failure) }))
    }
  }, [keyText])

  useEffect(() => {
    if (enabled) {
      void reload()
    } else {
      ticket.current += 1
      setState({ key: keyText, status: 'idle', data: undefined, error: null })
    }
  }, [enabled, keyText, reload])

  const setData = useCallback(
    (update: (current: T | undefined) => T) => setState((s) => ({ key: keyText, status: 'ready', error: null, data: update(s.key === keyText ? s.data : undefined) })),
    [keyText],
  )

  // Until the effect for a new key has run, show that key as loading, not the old answer.
  const current: State<T> = state.key === keyText ? state : { key: keyText, status: enabled ? 'loading' : 'idle', data: undefined, error: null }
  return { status: current.status, data: current.data, error: current.error, reload, setData }
}
