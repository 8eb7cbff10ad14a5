import { useCallback, useState } from 'react'
import { errorMessage } from '@/shared/api/api-error'
import type { LoadStatus } from '@/shared/ui/load-status'
import { patientApi, type Patient } from './api'

/** The account's family members as 就诊人; `load` again after the member form returns. */
export function usePatients() {
  const [status, setStatus] = useState<LoadStatus>('idle')
  const [error, setError] = useState('')
  const [patients, setPatients] = useState<Patient[]>([])

  const load = useCallback(async () => {
    setStatus((current) => (current === 'ready' ? current : 'loading'))
    try {
      const { members } = await patientApi.members()
      setPatients(members)
      setStatus('ready')
    } catch (failure) {
      setError(errorMessage(failure))
      setStatus('error')
    }
  }, [])

  return { status, error, patients, load }
}
