import { callFunction } from '@/shared/api/call-function'
import type { Message } from '@/domain/account/contract'

export type { Message }

export const messagesApi = {
  list: () => callFunction<{ messages: Message[]; unread: number }>('account', 'messages'),
  markRead: (messageId: string, requestId: string) =>
    callFunction<{ messageId: string; read: true }>('account', 'markRead', { messageId }, { requestId }),
}
