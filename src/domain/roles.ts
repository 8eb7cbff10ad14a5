/**
 * Roles are granted, never self-assigned (domain.md). A scoped role holds for one hospital,
 * heating company, canteen, station or employer; an unscoped one holds county-wide. A grant
 * of a scoped role always names its scope: an empty scope never means "everywhere".
 */
export const ROLES = {
  resident: { label: '居民', scoped: false },
  hospital_admin: { label: '医院管理员', scoped: true },
  heating_dispatcher: { label: '供热调度员', scoped: true },
  canteen_manager: { label: '餐厅管理员', scoped: true },
  station_staff: { label: '驿站工作人员', scoped: true },
  employer: { label: '用工单位', scoped: true },
  official: { label: '政府工作人员', scoped: false },
} as const;

export type RoleName = keyof typeof ROLES;

export const ROLE_NAMES = Object.keys(ROLES) as RoleName[];

export interface RoleGrant {
  role: string;
  scope: string;
}

export const isRoleName = (value: string): value is RoleName => Object.prototype.hasOwnProperty.call(ROLES, value);

/**
 * Whether a grant covers acting as `role` on `scope`. An unscoped role covers every scope;
 * a scoped one covers exactly its own. Without a scope to check (the action lists the
 * caller's own scopes itself), any grant of the role covers it.
 */
export function grantCovers(grant: RoleGrant, role: RoleName, scope?: string): boolean {
  if (grant.role !== role) return false;
  if (!ROLES[role].scoped || scope === undefined) return true;
  return grant.scope !== '' && grant.scope === scope;
}

/** The scopes a caller holds a scoped role for (the hospitals, canteens… they act on). */
export const scopesOf = (grants: RoleGrant[], role: RoleName): string[] =>
  grants.filter((g) => g.role === role && g.scope !== '').map((g) => g.scope);
