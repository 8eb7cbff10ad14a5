import { create } from 'zustand'
import { toApiError, type ApiError } from '@/shared/api/api-error'
import { createRequestId } from '@/shared/api/request-id'
import { reportUnread, showUnreadBadge, unreadStamp } from '@/shared/platform/tab-badge'
import type { QueryStatus } from '@/shared/api/use-query'
import { messagesApi, type Message } from './api'

interface MessagesState {
  status: QueryStatus
  error: ApiError | null
  messages: Message[]
  unread: number
  load: () => Promise<void>
  markRead: (messageId: string) => Promise<void>
  reset: () => void
}

const initial = { status: 'idle' as QueryStatus, error: null as ApiError | null, messages: [] as Message[], unread: 0 }

export const useMessagesStore = create<MessagesState>()((set, get) => ({
  ...initial,
  load: async () => {
    if (get().status !== 'ready') set({ status: 'loading', error: null })
    try {
      const stamp = unreadStamp()
      const answer = await messagesApi.list()
      if (reportUnread(answer.unread, stamp)) {
        set({ status: 'ready', messages: answer.messages, unread: answer.unread, error: null })
        return
      }
      // A message was read here after the list left: the answer may predate that read, so it is kept.
      const readHere = new Set(get().messages.filter((m) => m.read).map((m) => m.id))
      const stale = answer.messages.filter((m) => !m.read && readHere.has(m.id)).length
      const unread = Math.max(0, answer.unread - stale)
      set({ status: 'ready', messages: answer.messages.map((m) => (readHere.has(m.id) ? { ...m, read: true } : m)), unread, error: null })
      showUnreadBadge(unread)
    } catch (error) {
      set({ status: 'error', error: toApiError(error) })
    }
  },
  markRead: async (messageId) => {
    const target = get().messages.find((m) => m.id === messageId)
    if (!target || target.read) return
    // Shown as read at once; put back if the server refuses.
    const setRead = (read: boolean) =>
      set((state) => {
        const unread = Math.max(0, state.unread + (read ? -1 : 1))
        showUnreadBadge(unread)
        return { unread, messages: state.messages.map((m) => (m.id === messageId ? { ...m, read } : m)) }
      })
    setRead(true)
    try {
      await messagesApi.markRead(messageId, createRequestId())
      // Stored now: answers to requests that left before this point may still count it unread.
      showUnreadBadge(get().unread)
    } catch {
      setRead(false)
    }
  },
  reset: () => set(initial),
}))
