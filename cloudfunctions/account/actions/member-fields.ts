import { z } from 'zod';
import { RELATION_CODES } from '../../../src/domain/member';
import { recordId } from '../../../server/core/schemas';

/** Shapes only; the domain's validateMember checks meaning (check digit, phone format, name characters). */
export const memberFields = {
  name: z.string().max(30),
  idNumber: z.string().max(18),
  phone: z.string().max(11),
  relation: z.enum(RELATION_CODES as [string, ...string[]]),
};

export const memberId = recordId;
