import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { isoInstant, recordId } from '../../../server/core/schemas';
import { heatingServices } from '../../../server/features/heating/heating-services';
import { DISPATCHER_MOVES } from '../../../src/domain/heating/complaint-workflow';
import type { ComplaintView } from '../../../src/domain/heating/contract';
import { crew, measuredCelsius, moveNote } from './heating-schemas';

/** accept; reject (reason); dispatch (crew); measured (℃, time); resolve (result): one complaint of the caller's company. */
export const transition = defineAction({
  input: z
    .object({
      complaintId: recordId,
      to: z.enum(DISPATCHER_MOVES),
      note: moveNote.optional(),
      measuredCelsius: measuredCelsius.optional(),
      measuredAt: isoInstant.optional(),
      crew: crew.optional(),
    })
    .strict(),
  auth: 'required',
  roles: ['heating_dispatcher'],
  mutation: true,
  handle: async (input, ctx): Promise<ComplaintView> => heatingServices(ctx).dispatch().transition(input),
});
