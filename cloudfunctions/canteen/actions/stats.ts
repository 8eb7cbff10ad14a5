import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { AppError } from '../../../server/core/errors';
import { businessDateSchema } from '../../../server/core/schemas';
import { canteenServices } from '../../../server/features/canteen/canteen-services';
import { addDays } from '../../../src/domain/business-date';
import type { CanteenStats } from '../../../src/domain/canteen/contract';

/** The county's figures for officials (read-only): meals ordered, free for 90+, discounted by rule, per canteen and day. */
export const stats = defineAction({
  input: z.object({ from: businessDateSchema, to: businessDateSchema }).strict(),
  auth: 'required',
  roles: ['official'],
  mutation: false,
  handle: async (input, ctx): Promise<CanteenStats> => {
    if (input.from > input.to) throw new AppError('VALIDATION_FAILED', '开始日期不能晚于结束日期', { from: '开始日期不能晚于结束日期' });
    if (addDays(input.from, 366) < input.to) throw new AppError('VALIDATION_FAILED', '统计区间最长一年', { to: '统计区间最长一年' });
    return canteenServices(ctx).figures().stats(input.from, input.to);
  },
});
