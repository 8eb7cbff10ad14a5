import { hasRole, type Identity } from '../../core/action';
import { AppError } from '../../core/errors';

/** Hospital staff act only on their own hospital; anything else is simply not theirs. */
export function assertHospitalStaff(identity: Identity, hospitalId: string): void {
  if (!identity.roles.some((r) => r.role === 'hospital_admin' && r.scope === hospitalId)) {
    throw new AppError('FORBIDDEN', '仅本院挂号管理人员可以操作');
  }
}

/** Figures: the hospital's own staff, or county officials (read-only, every hospital). */
export function assertCanReadFigures(identity: Identity, hospitalId: string): void {
  if (hasRole(identity, 'official')) return;
  assertHospitalStaff(identity, hospitalId);
}

export const staffHospitals = (identity: Identity) => identity.roles.filter((r) => r.role === 'hospital_admin').map((r) => r.scope);
