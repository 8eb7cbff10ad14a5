import { z } from 'zod';
import { recordId } from '../../../server/core/schemas';

export const departmentScope = { hospitalId: recordId, campusId: recordId, departmentId: recordId };

export const departmentScopeSchema = z.object(departmentScope).strict();
