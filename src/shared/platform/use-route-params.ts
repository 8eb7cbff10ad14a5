import { useCallback, useEffect, useRef, useState } from 'react'
import { useDidShow, useRouter } from '@tarojs/taro'
import { stableKey } from '@/shared/api/stable-key'

/** Keys Taro's H5 router adds to every page's query. */
const ROUTER_KEYS = new Set(['stamp', '$taroTimestamp'])

function cleaned(params: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(params)) {
    if (ROUTER_KEYS.has(key) || typeof value !== 'string') continue
    try {
      out[key] = decodeURIComponent(value)
    } catch {
      out[key] = value
    }
  }
  return out
}

/** The H5 address bar's query when it names this page, else null. */
function addressParams(pagePath: string): Record<string, string> | null {
  const [path, query = ''] = window.location.hash.replace(/^#/, '').split('?')
  if (!pagePath || path !== pagePath) return null
  return cleaned(Object.fromEntries(new URLSearchParams(query)))
}

/**
 * The route's query, the source of truth for what a page shows. On H5 a page stays in the
 * router's stack, and Taro shows a cached page of the same path when the address changes
 * (a link, the browser's back and forward): this keeps the page in step with the address,
 * so a link to one department never shows another from history.
 */
export function useRouteParams(): Record<string, string> {
  const router = useRouter()
  const pagePath = (router.path ?? '').split('?')[0]
  const [params, setParams] = useState(() => cleaned(router.params))
  const shownKey = useRef(stableKey(params))

  const sync = useCallback(() => {
    if (process.env.TARO_ENV !== 'h5' || typeof window === 'undefined') return
    const next = addressParams(pagePath)
    if (!next) return
    const key = stableKey(next)
    if (key === shownKey.current) return
    shownKey.current = key
    setParams(next)
  }, [pagePath])

  useEffect(() => {
    if (process.env.TARO_ENV !== 'h5' || typeof window === 'undefined') return
    window.addEventListener('hashchange', sync)
    return () => window.removeEventListener('hashchange', sync)
  }, [sync])
  useDidShow(sync)

  return params
}
