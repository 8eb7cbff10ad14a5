import type { RoleName } from '@/shared/session/session-store'
import { useSessionStore } from '@/shared/session/session-store'
import { useQuery } from '@/shared/api/use-query'
import { jobsApi } from './api'

/** Whether the signed-in person holds a role (granted by the county, never chosen in the app). */
export function useHasRole(role: RoleName): boolean {
  return useSessionStore((state) => Boolean(state.user?.roles.some((r) => r.role === role)))
}

/** The signed-in account's id, or undefined: queries about "me" wait for it. */
export function useUserId(): string | undefined {
  return useSessionStore((state) => state.user?.id)
}

/** 零工驿站 itself: its services, places to search around, vocabulary and policy numbers. */
export function useStation() {
  return useQuery(['jobs.station'], () => jobsApi.station())
}
