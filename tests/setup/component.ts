import '@testing-library/jest-dom'
import { cleanup } from '@testing-library/react'
import { resetTaroDouble } from '../doubles/taro'
import { useSessionStore } from '@/shared/session/session-store'
import { useSeniorModeStore } from '@/features/senior-mode/senior-mode-store'
import { useMembersStore } from '@/features/account/members-store'
import { useMessagesStore } from '@/features/messages/messages-store'
import { useHospitalsStore } from '@/features/clinic/store'

process.env.TARO_ENV = 'h5'

/** Taro's build-time page config macro: tests read a page's config as plain data. */
;(globalThis as Record<string, unknown>).definePageConfig = (config: unknown) => config

beforeEach(() => {
  process.env.TARO_ENV = 'h5'
  resetTaroDouble()
  useSessionStore.setState(useSessionStore.getInitialState(), true)
  useSeniorModeStore.setState(useSeniorModeStore.getInitialState(), true)
  useMembersStore.setState(useMembersStore.getInitialState(), true)
  useMessagesStore.setState(useMessagesStore.getInitialState(), true)
  useHospitalsStore.setState(useHospitalsStore.getInitialState(), true)
  document.documentElement.classList.remove('senior-mode')
  window.location.hash = ''
  // Resetting persisted stores writes them back; start every test with empty storage.
  resetTaroDouble()
})

afterEach(() => {
  cleanup()
})
