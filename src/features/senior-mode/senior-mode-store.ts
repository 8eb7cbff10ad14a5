import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { taroJSONStorage } from '@/shared/storage/taro-json-storage'

interface SeniorModeState {
  enabled: boolean
  setEnabled: (enabled: boolean) => void
}

export const SENIOR_MODE_STORAGE_KEY = 'nmx-senior-mode'

/** A device preference (not tied to the account), so it also applies before login. */
export const useSeniorModeStore = create<SeniorModeState>()(
  persist(
    (set) => ({
      enabled: false,
      setEnabled: (enabled) => set({ enabled }),
    }),
    { name: SENIOR_MODE_STORAGE_KEY, storage: taroJSONStorage, partialize: ({ enabled }) => ({ enabled }) },
  ),
)
