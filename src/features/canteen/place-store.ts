import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { taroJSONStorage } from '@/shared/storage/taro-json-storage'
import type { Place } from './api'

interface PlaceState {
  /** Where walking minutes are measured from; null = not chosen (the county's order). */
  place: Place | null
  setPlace: (place: Place | null) => void
}

export const PLACE_STORAGE_KEY = 'nmx-canteen-place'

/**
 * The place the canteens are listed from, shared by the list and the menu. A chosen
 * community is remembered on the device (a senior picks it once); the phone's location
 * is kept for this visit only and never stored.
 */
export const usePlaceStore = create<PlaceState>()(
  persist(
    (set) => ({
      place: null,
      setPlace: (place) => set({ place }),
    }),
    {
      name: PLACE_STORAGE_KEY,
      storage: taroJSONStorage,
      partialize: ({ place }) => ({ place: place?.kind === 'community' ? place : null }),
    },
  ),
)
