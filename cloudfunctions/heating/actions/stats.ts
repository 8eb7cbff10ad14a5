import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { AppError } from '../../../server/core/errors';
import { businessDateSchema } from '../../../server/core/schemas';
import { heatingServices } from '../../../server/features/heating/heating-services';
import { addDays } from '../../../src/domain/business-date';
import type { HeatingStats } from '../../../src/domain/heating/contract';

/** Figures per station: the dispatcher's own company; officials the county's. */
export const stats = defineAction({
  input: z.object({ from: businessDateSchema, to: businessDateSchema }).strict(),
  auth: 'required',
  roles: ['heating_dispatcher', 'official'],
  mutation: false,
  handle: async (input, ctx): Promise<HeatingStats> => {
    if (input.from > input.to) throw new AppError('VALIDATION_FAILED', '开始日期不能晚于结束日期', { from: '开始日期不能晚于结束日期' });
    if (addDays(input.from, 3660) < input.to) throw new AppError('VALIDATION_FAILED', '统计区间最长十年', { to: '统计区间最长十年' });
    return heatingServices(ctx).dispatch().stats(input);
  },
});
