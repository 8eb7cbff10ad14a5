import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { recordId } from '../../../server/core/schemas';
import { heatingServices } from '../../../server/features/heating/heating-services';
import type { BuildingsAnswer } from '../../../src/domain/heating/contract';

/** The buildings of a community (1号楼…) with their units. */
export const buildings = defineAction({
  input: z.object({ communityId: recordId }).strict(),
  auth: 'none',
  mutation: false,
  handle: async (input, ctx): Promise<BuildingsAnswer> => heatingServices(ctx).complaints().buildings(input.communityId),
});
