import type { FieldErrors } from './errors';

export type Envelope<T = unknown> =
  | { ok: true; data: T }
  | { ok: false; error: { code: string; message: string; fields?: FieldErrors } };

export const success = <T>(data: T): Envelope<T> => ({ ok: true, data });

export function failure(code: string, message: string, fields?: FieldErrors): Envelope<never> {
  return { ok: false, error: fields && Object.keys(fields).length ? { code, message, fields } : { code, message } };
}
