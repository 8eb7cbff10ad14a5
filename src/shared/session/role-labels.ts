import type { RoleName } from './session-store'

/** Roles as residents read them (account chips, timeline entries). */
export const ROLE_LABELS: Record<RoleName | 'system', string> = {
  resident: '居民',
  hospital_admin: '医院管理员',
  heating_dispatcher: '供热调度员',
  canteen_manager: '餐厅管理员',
  station_staff: '驿站工作人员',
  employer: '用工单位',
  official: '政府工作人员',
  system: '系统',
}

export function roleLabel(role: string): string {
  return (ROLE_LABELS as Record<string, string>)[role] ?? role
}
