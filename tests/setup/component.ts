import '@testing-library/jest-dom'
import { cleanup } from '@testing-library/react'
import { resetTaroDouble } from '../doubles/taro'
import { useSessionStore } from '@/shared/session/session-store'
import { useSeniorModeStore } from '@/features/senior-mode/senior-mode-store'
import { useMembersStore } from '@/features/account/members-store'
import { useMessagesStore } from '@/features/messages/messages-store'

process.env.TARO_ENV = 'h5'

beforeEach(() => {
  resetTaroDouble()
  useSessionStore.setState(useSessionStore.getInitialState(), true)
  useSeniorModeStore.setState(useSeniorModeStore.getInitialState(), true)
  useMembersStore.setState(useMembersStore.getInitialState(), true)
  useMessagesStore.setState(useMessagesStore.getInitialState(), true)
  // Resetting persisted stores writes them back; start every test with empty storage.
  resetTaroDouble()
})

afterEach(() => {
  cleanup()
})
