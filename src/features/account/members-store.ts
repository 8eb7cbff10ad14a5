import { create } from 'zustand'
import { DEFAULT_MAX_MEMBERS } from '@/domain/member'
import { errorMessage } from '@/shared/api/api-error'
import type { LoadStatus } from '@/shared/ui/load-status'
import { accountApi, type Member } from './api'

interface MembersState {
  status: LoadStatus
  error: string
  members: Member[]
  maxMembers: number
  load: () => Promise<void>
  /** Puts a member the server returned (added or edited) into the list. */
  upsert: (member: Member) => void
  remove: (memberId: string, requestId: string) => Promise<void>
  reset: () => void
}

const initial = { status: 'idle' as LoadStatus, error: '', members: [] as Member[], maxMembers: DEFAULT_MAX_MEMBERS }

export const useMembersStore = create<MembersState>()((set, get) => ({
  ...initial,
  load: async () => {
    // Keep showing the list we have while refreshing it.
    if (get().status !== 'ready') set({ status: 'loading', error: '' })
    try {
      const { members, maxMembers } = await accountApi.members()
      set({ status: 'ready', members, maxMembers, error: '' })
    } catch (error) {
      set({ status: 'error', error: errorMessage(error) })
    }
  },
  upsert: (member) => {
    const members = get().members
    const exists = members.some((m) => m.id === member.id)
    set({ members: exists ? members.map((m) => (m.id === member.id ? member : m)) : [...members, member] })
  },
  remove: async (memberId, requestId) => {
    await accountApi.removeMember(memberId, requestId)
    set({ members: get().members.filter((m) => m.id !== memberId) })
  },
  reset: () => set(initial),
}))
