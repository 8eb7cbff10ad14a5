import { useEffect } from 'react'
import { create } from 'zustand'
import type { Campus, Department, DepartmentScope, Hospital, HospitalsAnswer } from '@/domain/clinic/contract'
import { toApiError, type ApiError } from '@/shared/api/api-error'
import type { Query } from '@/shared/api/use-query'
import { clinicApi } from './api'

export interface ScopeNames {
  hospital?: Hospital
  campus?: Campus
  department?: Department
}

/** The hospital, campus and department objects a scope names, where the list has them. */
export function namesOf(hospitals: Hospital[], scope: Partial<DepartmentScope>): ScopeNames {
  const hospital = hospitals.find((h) => h.id === scope.hospitalId)
  const campus = hospital?.campuses.find((c) => c.id === scope.campusId)
  const department = campus?.departments.find((d) => d.id === scope.departmentId)
  return { hospital, campus, department }
}

interface HospitalsState {
  status: Query<HospitalsAnswer>['status']
  data: HospitalsAnswer | undefined
  error: ApiError | null
  load: () => Promise<void>
}

/**
 * The hospitals, their places and the booking policy: read once and shared by every clinic
 * screen (they change when a hospital opens a department, not while someone books).
 */
export const useHospitalsStore = create<HospitalsState>()((set, get) => ({
  status: 'idle',
  data: undefined,
  error: null,
  load: async () => {
    if (get().status === 'loading') return
    set({ status: get().data ? 'ready' : 'loading', error: null })
    try {
      set({ status: 'ready', data: await clinicApi.hospitals(), error: null })
    } catch (failure) {
      set({ status: 'error', error: toApiError(failure) })
    }
  },
}))

/** The hospitals as a query (loaded on first use). */
export function useHospitals(): Pick<Query<HospitalsAnswer>, 'status' | 'data' | 'error' | 'reload'> {
  const status = useHospitalsStore((state) => state.status)
  const data = useHospitalsStore((state) => state.data)
  const error = useHospitalsStore((state) => state.error)
  const load = useHospitalsStore((state) => state.load)
  useEffect(() => {
    if (status === 'idle') void load()
  }, [status, load])
  return { status: status === 'idle' ? 'loading' : status, data, error, reload: load }
}
