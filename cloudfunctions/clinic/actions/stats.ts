import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { AppError } from '../../../server/core/errors';
import { businessDateSchema, recordId } from '../../../server/core/schemas';
import { clinicServices } from '../../../server/features/clinic/clinic-services';
import { addDays } from '../../../src/domain/business-date';

/** Figures: the hospital's own staff, or county officials (read-only, every hospital). */
export const stats = defineAction({
  input: z.object({ hospitalId: recordId, from: businessDateSchema, to: businessDateSchema }).strict(),
  auth: 'required',
  roles: ['hospital_admin', 'official'],
  scope: (input) => input.hospitalId,
  mutation: false,
  handle: async (input, ctx) => {
    if (input.from > input.to) throw new AppError('VALIDATION_FAILED', '开始日期不能晚于结束日期', { from: '开始日期不能晚于结束日期' });
    if (addDays(input.from, 3660) < input.to) throw new AppError('VALIDATION_FAILED', '统计区间最长十年', { to: '统计区间最长十年' });
    return clinicServices(ctx).staff().stats(input);
  },
});
