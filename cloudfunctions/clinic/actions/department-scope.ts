import { z } from 'zod';
import { AppError } from '../../../server/core/errors';
import { recordId } from '../../../server/core/schemas';
import type { ClinicRepository } from '../../../server/features/clinic/clinic-repository';

export const departmentScope = { hospitalId: recordId, campusId: recordId, departmentId: recordId };

/** The department must belong to the named campus and hospital. */
export async function assertDepartment(clinic: ClinicRepository, input: { hospitalId: string; campusId: string; departmentId: string }) {
  const department = await clinic.department(input.departmentId);
  if (!department || department.hospitalId !== input.hospitalId || department.campusId !== input.campusId) {
    throw new AppError('NOT_FOUND', '未找到该科室');
  }
  return department;
}

export const departmentScopeSchema = z.object(departmentScope).strict();
