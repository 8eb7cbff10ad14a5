import type { ReactNode } from 'react'
import type { RoleName } from '@/shared/session/session-store'
import { useSessionStore } from '@/shared/session/session-store'
import { EmptyView, SignInPrompt } from '@/shared/ui/async-view'

/**
 * A page for a granted role (用工单位, 驿站工作人员, 政府工作人员): signed out, sign in; signed
 * in without the role, say who the page is for (the server refuses them all the same).
 */
export function RoleGate({ roles, signIn, denied, children }: { roles: RoleName[]; signIn: string; denied: string; children: ReactNode }) {
  const signedIn = useSessionStore((state) => state.user !== null)
  const allowed = useSessionStore((state) => Boolean(state.user?.roles.some((r) => roles.includes(r.role))))
  if (!signedIn) return <SignInPrompt text={signIn} />
  if (!allowed) return <EmptyView text={denied} />
  return <>{children}</>
}
