import { z } from 'zod';

/**
 * Shapes shared by every action. Text from residents never carries control characters
 * (NUL breaks PostgreSQL text) or bidirectional overrides (U+202E makes "\u202e生医" show
 * as "医生"): both are refused with VALIDATION_FAILED before anything is stored.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const LINE_BREAKS = /[\n\r\t]/;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

const safe = (s: string, multiline: boolean) => !CONTROL.test(s) && !BIDI.test(s) && (multiline || !LINE_BREAKS.test(s));

/** A record id: printable, no spaces, at most 80 characters. */
export const recordId = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[A-Za-z0-9_.:-]+$/, '编号格式不正确');

/** One line of text (names, reasons, titles), trimmed; refuses control and bidi characters. */
export const lineText = (max: number, min = 1) =>
  z
    .string()
    .max(max * 2)
    .refine((s) => safe(s, false), '含有不允许的字符')
    .transform((s) => s.trim())
    .pipe(z.string().min(min, min > 0 ? '此项必填' : undefined).max(max, `最多${max}个字`));

/** Free text over several lines (descriptions, comments), trimmed; refuses control and bidi characters. */
export const longText = (max: number, min = 0) =>
  z
    .string()
    .max(max * 2)
    .refine((s) => safe(s, true), '含有不允许的字符')
    .transform((s) => s.trim())
    .pipe(z.string().min(min).max(max, `最多${max}个字`));

export const businessDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, '日期不存在');

export const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 HH:MM');

/** An instant as ISO-8601 with a zone (Z or ±hh:mm). */
export const isoInstant = z
  .string()
  .max(40)
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/, '时间格式不正确')
  .refine((s) => !Number.isNaN(new Date(s).getTime()), '时间不存在');

/** Integer fen, bounded so that sums stay exact. */
export const fen = z.number().int().min(0).max(1_000_000);

/** A mainland mobile number as entered (the domain validates meaning). */
export const mobilePhone = z.string().regex(/^1[3-9]\d{9}$/, '请填写11位手机号');

export const latitude = z.number().min(-90).max(90);
export const longitude = z.number().min(-180).max(180);
