import { useEffect, type ReactNode } from 'react'
import { labelTitleBarButtons } from '@/shared/platform/h5-chrome'
import { PageShell } from '@/shared/ui/page-shell'
import { useSeniorModeStore } from './senior-mode-store'

/**
 * On H5 the title bar, dialogs, toasts and tab bar live outside the page root, so the
 * document carries the mode too (the mini-app's native ones follow the phone's font size).
 */
function useDocumentSeniorClass(senior: boolean) {
  useEffect(() => {
    if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return
    document.documentElement.classList.toggle('senior-mode', senior)
    labelTitleBarButtons()
  }, [senior])
}

export function SeniorAwarePage({ className, children }: { className?: string; children: ReactNode }) {
  const senior = useSeniorModeStore((state) => state.enabled)
  useDocumentSeniorClass(senior)
  return (
    <PageShell senior={senior} className={className}>
      {children}
    </PageShell>
  )
}
