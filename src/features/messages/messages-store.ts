import { create } from 'zustand'
import { errorMessage } from '@/shared/api/api-error'
import { createRequestId } from '@/shared/api/request-id'
import { showUnreadBadge } from '@/shared/platform/tab-badge'
import type { LoadStatus } from '@/shared/ui/load-status'
import { messagesApi, type Message } from './api'

interface MessagesState {
  status: LoadStatus
  error: string
  messages: Message[]
  unread: number
  load: () => Promise<void>
  markRead: (messageId: string) => Promise<void>
  reset: () => void
}

const initial = { status: 'idle' as LoadStatus, error: '', messages: [] as Message[], unread: 0 }

export const useMessagesStore = create<MessagesState>()((set, get) => ({
  ...initial,
  load: async () => {
    if (get().status !== 'ready') set({ status: 'loading', error: '' })
    try {
      const { messages, unread } = await messagesApi.list()
      set({ status: 'ready', messages, unread, error: '' })
      showUnreadBadge(unread)
    } catch (error) {
      set({ status: 'error', error: errorMessage(error) })
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
