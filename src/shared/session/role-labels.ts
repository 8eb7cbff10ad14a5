import { isRoleName, ROLES } from '@/domain/roles'

/** A role as residents read it (account chips, timeline entries); the scheduler's moves read 系统. */
export function roleLabel(role: string): string {
  if (role === 'system') return '系统'
  return isRoleName(role) ? ROLES[role].label : role
}
