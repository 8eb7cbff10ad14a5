import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { taroJSONStorage } from '@/shared/storage/taro-json-storage'

export type RoleName =
  | 'resident'
  | 'hospital_admin'
  | 'heating_dispatcher'
  | 'canteen_manager'
  | 'station_staff'
  | 'employer'
  | 'official'

export interface SessionUser {
  id: string
  displayName: string
  roles: { role: RoleName; scope: string | null }[]
}

interface SessionState {
  /** Null when the cloud host identifies the caller (WeChat context) instead of a bearer token. */
  token: string | null
  expiresAt: string | null
  user: SessionUser | null
  signIn: (session: { token: string | null; expiresAt?: string | null; user: SessionUser }) => void
  setUser: (user: SessionUser) => void
  clear: () => void
}

export const SESSION_STORAGE_KEY = 'nmx-session'

export const useSessionStore = create<SessionState>()(
  persist(
    (set) => ({
      token: null,
      expiresAt: null,
      user: null,
      signIn: ({ token, expiresAt = null, user }) => set({ token, expiresAt, user }),
      setUser: (user) => set({ user }),
      clear: () => set({ token: null, expiresAt: null, user: null }),
    }),
    {
      name: SESSION_STORAGE_KEY,
      storage: taroJSONStorage,
      partialize: ({ token, expiresAt, user }) => ({ token, expiresAt, user }),
    },
  ),
)
