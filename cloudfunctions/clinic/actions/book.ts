import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { recordId } from '../../../server/core/schemas';
import { bookingService } from '../../../server/features/clinic/booking-service';

export const book = defineAction({
  input: z.object({ memberId: recordId, slotId: recordId, revisitOf: recordId.optional() }).strict(),
  auth: 'required',
  mutation: true,
  handle: async (input, { db, now, app, identity }) => bookingService({ db, now, policy: app.config.clinic }).book(identity.accountId, input),
});
