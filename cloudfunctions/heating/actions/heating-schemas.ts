import { z } from 'zod';
import { lineText, mobilePhone } from '../../../server/core/schemas';
import { COMPLAINT_LIMITS, inTenths } from '../../../src/domain/heating/complaint-rules';

/** A temperature as thermometers read it: whole tenths of a degree. */
const celsius = (min: number, max: number, message: string) => z.number().min(min, message).max(max, message).refine(inTenths, '温度精确到0.1℃');

const inRange = (what: string, { min, max }: { min: number; max: number }) => celsius(min, max, `${what}应在${min.toFixed(1)}℃至${max.toFixed(1)}℃之间`);

/** The resident's own reading: 5.0–30.0 ℃. */
export const residentCelsius = inRange('室温', COMPLAINT_LIMITS.readingCelsius);

/** The crew's reading on site: a flat without heat may be colder than any resident reading. */
export const measuredCelsius = inRange('实测温度', COMPLAINT_LIMITS.measuredCelsius);

/** A door number as residents write it: '502', '1-502', 'B302'; a trailing 室 is dropped. */
export const room = lineText(12).pipe(
  z
    .string()
    .transform((s) => s.replace(/室$/, ''))
    .pipe(z.string().regex(/^[0-9A-Za-z-]{1,10}$/, '请填写门牌号，如 502')),
);

export const crew = z.object({ name: lineText(20), phone: mobilePhone }).strict();

/** A note on a move: a reason, a result. */
export const moveNote = lineText(200);
