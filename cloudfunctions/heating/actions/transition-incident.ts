import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { recordId } from '../../../server/core/schemas';
import { heatingServices } from '../../../server/features/heating/heating-services';
import { INCIDENT_MOVES } from '../../../src/domain/heating/complaint-workflow';
import type { IncidentMoveAnswer } from '../../../src/domain/heating/contract';
import { crew, moveNote } from './heating-schemas';

/** One move for each open complaint of a station incident that can make it (measuring stays per household). */
export const transitionIncident = defineAction({
  input: z.object({ incidentId: recordId, to: z.enum(INCIDENT_MOVES), note: moveNote.optional(), crew: crew.optional() }).strict(),
  auth: 'required',
  roles: ['heating_dispatcher'],
  mutation: true,
  handle: async (input, ctx): Promise<IncidentMoveAnswer> => heatingServices(ctx).dispatch().transitionIncident(input),
});
