import { create } from 'zustand'
import type { Member } from '@/domain/account/contract'
import { DEFAULT_MAX_MEMBERS } from '@/domain/member'
import { toApiError, type ApiError } from '@/shared/api/api-error'
import type { QueryStatus } from '@/shared/api/use-query'
import { accountApi } from './api'

interface MembersState {
  status: QueryStatus
  error: ApiError | null
  members: Member[]
  maxMembers: number
  load: () => Promise<void>
  /** Puts a member the server returned (added or edited) into the list. */
  upsert: (member: Member) => void
  /** Takes a member the server has removed out of the list. */
  drop: (memberId: string) => void
  reset: () => void
}

const initial = { status: 'idle' as QueryStatus, error: null as ApiError | null, members: [] as Member[], maxMembers: DEFAULT_MAX_MEMBERS }

/** The family on 我的 and in the member form (the account feature owns adding and removing them). */
export const useMembersStore = create<MembersState>()((set, get) => ({
  ...initial,
  load: async () => {
    // Keep showing the list we have while refreshing it.
    if (get().status !== 'ready') set({ status: 'loading', error: null })
    try {
      const { members, maxMembers } = await accountApi.members()
      set({ status: 'ready', members, maxMembers, error: null })
    } catch (error) {
      set({ status: 'error', error: toApiError(error) })
    }
  },
  upsert: (member) => {
    const members = get().members
    const exists = members.some((m) => m.id === member.id)
    set({ members: exists ? members.map((m) => (m.id === member.id ? member : m)) : [...members, member] })
  },
  drop: (memberId) => set({ members: get().members.filter((m) => m.id !== memberId) }),
  reset: () => set(initial),
}))
