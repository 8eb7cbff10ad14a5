import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { latitude, longitude, recordId } from '../../../server/core/schemas';
import { canteenServices } from '../../../server/features/canteen/canteen-services';
import type { CanteensAnswer } from '../../../src/domain/canteen/contract';

/** Canteens near a location or a community (the 一刻钟助餐服务圈), or all of them in the county's order. */
export const canteens = defineAction({
  input: z
    .object({ lat: latitude.optional(), lng: longitude.optional(), communityId: recordId.optional() })
    .strict()
    .refine((p) => (p.lat === undefined) === (p.lng === undefined), { message: '经度和纬度须同时提供', path: ['lng'] }),
  auth: 'none',
  mutation: false,
  handle: async (input, ctx): Promise<CanteensAnswer> => canteenServices(ctx).directory().near(input),
});
