import { callFunction } from '@/shared/api/call-function'

export interface Message {
  id: string
  kind: string
  title: string
  body: string
  /** ISO-8601 UTC */
  createdAt: string
  read: boolean
}

export const messagesApi = {
  list: () => callFunction<{ messages: Message[]; unread: number }>('account', 'messages'),
  markRead: (messageId: string, requestId: string) =>
    callFunction<{ messageId: string; read: true }>('account', 'markRead', { messageId }, { requestId }),
}
