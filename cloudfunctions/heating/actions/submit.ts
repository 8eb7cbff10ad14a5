import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { isoInstant, longText, mobilePhone, recordId } from '../../../server/core/schemas';
import { heatingServices } from '../../../server/features/heating/heating-services';
import { CATEGORY_IDS } from '../../../src/domain/heating/categories';
import { COMPLAINT_LIMITS } from '../../../src/domain/heating/complaint-rules';
import type { ComplaintView } from '../../../src/domain/heating/contract';
import { residentCelsius, room } from './heating-schemas';

/**
 * 我要反映. The contact phone is typed, or taken from the named family member (the app
 * only holds members' phones masked, so it names the member instead of sending the number).
 */
export const submit = defineAction({
  input: z
    .object({
      communityId: recordId,
      buildingId: recordId,
      unitId: recordId,
      room,
      category: z.enum(CATEGORY_IDS),
      readings: z.array(z.object({ celsius: residentCelsius, at: isoInstant }).strict()).max(COMPLAINT_LIMITS.readings, `最多填写${COMPLAINT_LIMITS.readings}次测温`),
      description: longText(COMPLAINT_LIMITS.description).optional(),
      photos: z
        .array(recordId)
        .max(COMPLAINT_LIMITS.photos, `最多${COMPLAINT_LIMITS.photos}张照片`)
        .refine((ids) => new Set(ids).size === ids.length, '照片重复')
        .optional(),
      phone: mobilePhone.optional(),
      memberId: recordId.optional(),
    })
    .strict(),
  auth: 'required',
  mutation: true,
  handle: async (input, ctx): Promise<ComplaintView> => heatingServices(ctx).complaints().submit(ctx.identity.accountId, input),
});
