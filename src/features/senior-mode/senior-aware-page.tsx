import type { ReactNode } from 'react'
import { PageShell } from '@/shared/ui/page-shell'
import { useSeniorModeStore } from './senior-mode-store'

export function SeniorAwarePage({ className, children }: { className?: string; children: ReactNode }) {
  const senior = useSeniorModeStore((state) => state.enabled)
  return (
    <PageShell senior={senior} className={className}>
      {children}
    </PageShell>
  )
}
