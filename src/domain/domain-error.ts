/**
 * An expected refusal: a stable code, a Chinese message for display, the HTTP status it
 * maps to, and optional errors keyed by field. Pure rules throw these; the dispatcher turns
 * them into the envelope. Never a stack trace or SQL text.
 */
export class DomainError extends Error {
  readonly code: string;
  readonly status: number;
  readonly fields?: Record<string, string>;

  constructor(code: string, message: string, status = 409, fields?: Record<string, string>) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.status = status;
    this.fields = fields;
  }
}
