import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { recordId } from '../../../server/core/schemas';
import { bookingService } from '../../../server/features/clinic/booking-service';

export const cancel = defineAction({
  input: z.object({ registrationId: recordId }).strict(),
  auth: 'required',
  mutation: true,
  handle: async (input, { db, now, app, identity }) => bookingService({ db, now, policy: app.config.clinic }).cancel(identity.accountId, input.registrationId),
});
