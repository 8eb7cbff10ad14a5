import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { lineText, recordId } from '../../../server/core/schemas';
import { clinicServices } from '../../../server/features/clinic/clinic-services';

export const reprice = defineAction({
  input: z.object({ registrationId: recordId, reason: lineText(200).pipe(z.string().min(2, '请写明原因')) }).strict(),
  auth: 'required',
  roles: ['hospital_admin'],
  mutation: true,
  handle: async (input, ctx) => clinicServices(ctx).staff().reprice(input.registrationId, input.reason),
});
