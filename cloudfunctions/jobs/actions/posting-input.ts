import { z } from 'zod';
import { businessDateSchema, latitude, lineText, longText, longitude, recordId } from '../../../server/core/schemas';
import { CONTACT_PHONE } from '../../../src/domain/jobs/posting-rules';
import { CATEGORY_CODES, PAY_UNIT_CODES, POSTING_TYPE_CODES } from '../../../src/domain/jobs/vocabulary';

/** Fen per unit: up to 100,000 元 (a month's pay); every posting pays something. */
export const payFen = z.number().int().min(1).max(10_000_000);

export const contactPhone = z
  .string()
  .max(20)
  .refine((v) => CONTACT_PHONE.test(v), '请填写11位手机号或带区号的固定电话');

/** The fields of a posting as an employer enters them (the rules between fields are the domain's). */
export const postingInput = z
  .object({
    employerId: recordId.optional(),
    title: lineText(40),
    description: longText(1000).optional(),
    category: z.enum(CATEGORY_CODES),
    type: z.enum(POSTING_TYPE_CODES),
    pay: payFen,
    payUnit: z.enum(PAY_UNIT_CODES),
    sameDayPay: z.boolean(),
    place: lineText(60),
    lat: latitude,
    lng: longitude,
    headcount: z.number().int().min(1).max(999),
    requirements: z
      .object({
        minAge: z.number().int().min(0).max(100).optional(),
        maxAge: z.number().int().min(0).max(100).optional(),
        skills: z.array(lineText(12)).max(10).optional(),
        note: longText(300).optional(),
      })
      .strict()
      .optional(),
    workDates: z.object({ from: businessDateSchema, to: businessDateSchema }).strict().optional(),
    workHours: lineText(40, 0).optional(),
    contactName: lineText(20),
    contactPhone,
    validThrough: businessDateSchema,
  })
  .strict();
