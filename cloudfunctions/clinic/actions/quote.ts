import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { recordId } from '../../../server/core/schemas';
import { bookingService } from '../../../server/features/clinic/booking-service';

/** The fee, and the open free-revisit windows the member could use for this segment. */
export const quote = defineAction({
  input: z.object({ memberId: recordId, slotId: recordId }).strict(),
  auth: 'required',
  mutation: false,
  handle: async (input, { db, now, app, identity }) =>
    bookingService({ db, now, policy: app.config.clinic }).quote(identity.accountId, input.memberId, input.slotId),
});
