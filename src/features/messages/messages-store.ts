import { create } from 'zustand'
import { toApiError, type ApiError } from '@/shared/api/api-error'
import { createRequestId } from '@/shared/api/request-id'
import { showUnreadBadge } from '@/shared/platform/tab-badge'
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
      const { messages, unread } = await messagesApi.list()
      set({ status: 'ready', messages, unread, error: null })
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
    } catch {
      setRead(false)
    }
  },
  reset: () => set(initial),
}))
