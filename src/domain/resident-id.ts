/**
 * GB 11643 resident identity numbers (18 digits, last one a check character).
 * Birth date and sex derive from the number, so the member record never asks for them.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

export type Sex = 'M' | 'F';

export type ResidentIdCheck =
  | { ok: true; normalized: string; birthDate: string; sex: Sex }
  | { ok: false; reason: 'format' | 'birth_date' | 'check_digit'; message: string };

export function checkDigitFor(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** `today` is the business date (YYYY-MM-DD) the check is made on: nobody is born after it. */
export function checkResidentId(raw: string, today: string): ResidentIdCheck {
  const normalized = String(raw ?? '').trim().toUpperCase();
  if (!/^[1-9]\d{16}[\dX]$/.test(normalized)) {
    return { ok: false, reason: 'format', message: '身份证号应为18位，前17位为数字，最后一位为数字或X' };
  }
  const year = Number(normalized.slice(6, 10));
  const month = Number(normalized.slice(10, 12));
  const day = Number(normalized.slice(12, 14));
  const birthDate = `${normalized.slice(6, 10)}-${normalized.slice(10, 12)}-${normalized.slice(12, 14)}`;
  if (year < 1900 || !isRealDate(year, month, day) || birthDate > today) {
    return { ok: false, reason: 'birth_date', message: '身份证号中的出生日期无效' };
  }
  if (checkDigitFor(normalized.slice(0, 17)) !== normalized[17]) {
    return { ok: false, reason: 'check_digit', message: '身份证号校验位不正确，请核对' };
  }
  const sex: Sex = Number(normalized[16]) % 2 === 1 ? 'M' : 'F';
  return { ok: true, normalized, birthDate, sex };
}

/** Full years of age on `onDate` (both YYYY-MM-DD). */
export function ageOn(birthDate: string, onDate: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = onDate.split('-').map(Number);
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age -= 1;
  return age;
}
