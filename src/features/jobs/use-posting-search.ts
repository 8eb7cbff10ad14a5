import { useState } from 'react'
import type { PostingCard, SearchAnswer, SearchInput } from '@/domain/jobs/contract'
import { toApiError, type ApiError } from '@/shared/api/api-error'
import { stableKey } from '@/shared/api/stable-key'
import { useQuery, type Query } from '@/shared/api/use-query'
import { jobsApi } from './api'

export interface PostingSearch {
  /** The first page: loading, error or its answer. */
  first: Query<SearchAnswer>
  /** Every card loaded so far for these filters, in order. */
  items: PostingCard[]
  /** Whether 加载更多 has more to give. */
  hasMore: boolean
  loadMore: () => Promise<void>
  loadingMore: boolean
  moreError: ApiError | null
}

/**
 * A search and its further pages (each asked with the previous page's nextCursor, by a
 * button: no hidden pull-up gesture). New filters start again from the first page.
 */
export function usePostingSearch(input: SearchInput): PostingSearch {
  const key = stableKey(input)
  const first = useQuery(['jobs.search', input], () => jobsApi.search(input))
  const [more, setMore] = useState<{ key: string; pages: SearchAnswer[] }>({ key, pages: [] })
  const [loading, setLoading] = useState<string | null>(null)
  const [moreError, setMoreError] = useState<{ key: string; error: ApiError } | null>(null)

  const pages = more.key === key ? more.pages : []
  const last = pages.length > 0 ? pages[pages.length - 1] : first.data
  const items = first.data ? [first.data, ...pages].flatMap((page) => page.items) : []

  const loadMore = async () => {
    const cursor = last?.nextCursor
    if (!cursor || loading === key) return
    setLoading(key)
    setMoreError(null)
    try {
      const page = await jobsApi.search({ ...input, cursor })
      setMore((m) => ({ key, pages: [...(m.key === key ? m.pages : []), page] }))
    } catch (failure) {
      setMoreError({ key, error: toApiError(failure) })
    } finally {
      setLoading((k) => (k === key ? null : k))
    }
  }

  return {
    first,
    items,
    hasMore: Boolean(last?.nextCursor),
    loadMore,
    loadingMore: loading === key,
    moreError: moreError?.key === key ? moreError.error : null,
  }
}
