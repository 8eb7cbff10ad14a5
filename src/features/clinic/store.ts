import { create } from 'zustand'
import { errorMessage } from '@/shared/api/api-error'
import type { LoadStatus } from '@/shared/ui/load-status'
import { clinicApi, type Campus, type Department, type DepartmentScope, type Hospital, type Quote, type Slot } from './api'

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

interface QuoteState {
  status: LoadStatus
  error: string
  memberId: string
  slotId: string
  value: Quote | null
}

interface ClinicState {
  hospitalsStatus: LoadStatus
  hospitalsError: string
  hospitals: Hospital[]
  /** The booking path chosen so far: hospital → campus → department. */
  selection: Partial<DepartmentScope>
  /** The segment tapped on the schedule, shown on the confirm screen without another call. */
  chosenSlot: Slot | null
  quote: QuoteState
  loadHospitals: () => Promise<void>
  selectHospital: (hospitalId: string) => void
  selectCampus: (campusId: string) => void
  selectDepartment: (departmentId: string) => void
  chooseSlot: (slot: Slot) => void
  loadQuote: (memberId: string, slotId: string) => Promise<void>
  reset: () => void
}

const emptyQuote: QuoteState = { status: 'idle', error: '', memberId: '', slotId: '', value: null }

const initial = {
  hospitalsStatus: 'idle' as LoadStatus,
  hospitalsError: '',
  hospitals: [] as Hospital[],
  selection: {} as Partial<DepartmentScope>,
  chosenSlot: null as Slot | null,
  quote: emptyQuote,
}

export const useClinicStore = create<ClinicState>()((set, get) => ({
  ...initial,
  loadHospitals: async () => {
    if (get().hospitalsStatus !== 'ready') set({ hospitalsStatus: 'loading', hospitalsError: '' })
    try {
      const { hospitals } = await clinicApi.hospitals()
      set({ hospitalsStatus: 'ready', hospitals })
    } catch (error) {
      set({ hospitalsStatus: 'error', hospitalsError: errorMessage(error) })
    }
  },
  selectHospital: (hospitalId) => {
    const hospital = get().hospitals.find((h) => h.id === hospitalId)
    // A hospital with a single campus needs no campus step.
    const campusId = hospital && hospital.campuses.length === 1 ? hospital.campuses[0].id : undefined
    set({ selection: { hospitalId, campusId } })
  },
  selectCampus: (campusId) => set({ selection: { hospitalId: get().selection.hospitalId, campusId } }),
  selectDepartment: (departmentId) => set({ selection: { ...get().selection, departmentId } }),
  chooseSlot: (slot) => set({ chosenSlot: slot, quote: emptyQuote }),
  loadQuote: async (memberId, slotId) => {
    set({ quote: { status: 'loading', error: '', memberId, slotId, value: null } })
    try {
      const value = await clinicApi.quote(memberId, slotId)
      // Ignore an answer for a member the person has since switched away from.
      if (get().quote.memberId !== memberId || get().quote.slotId !== slotId) return
      set({ quote: { status: 'ready', error: '', memberId, slotId, value } })
    } catch (error) {
      if (get().quote.memberId !== memberId) return
      set({ quote: { status: 'error', error: errorMessage(error), memberId, slotId, value: null } })
    }
  },
  reset: () => set(initial),
}))
