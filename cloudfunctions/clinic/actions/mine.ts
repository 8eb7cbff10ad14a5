import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { bookingService } from '../../../server/features/clinic/booking-service';

/** 我的挂号. */
export const mine = defineAction({
  input: z.object({}).strict(),
  auth: 'required',
  mutation: false,
  handle: async (_input, { db, now, app, identity }) => bookingService({ db, now, policy: app.config.clinic }).mine(identity.accountId),
});
