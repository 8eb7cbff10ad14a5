import { DomainError } from '../../src/domain/domain-error';

export type FieldErrors = Record<string, string>;

/**
 * The codes every function shares, with their HTTP status and default message. Each
 * service keeps its own codes beside it (`defineErrorCodes`), so this list stays generic.
 */
export const GENERIC_ERRORS = {
  VALIDATION_FAILED: { status: 400, message: '提交的信息有误，请检查后重试' },
  MALFORMED_REQUEST: { status: 400, message: '请求格式不正确' },
  CONSENT_REQUIRED: { status: 400, message: '请先阅读并同意个人信息使用说明' },
  UNAUTHENTICATED: { status: 401, message: '请先登录' },
  FORBIDDEN: { status: 403, message: '没有权限进行此操作' },
  NOT_FOUND: { status: 404, message: '未找到相关记录' },
  UNKNOWN_FUNCTION: { status: 404, message: '服务不存在' },
  UNKNOWN_ACTION: { status: 404, message: '操作不存在' },
  METHOD_NOT_ALLOWED: { status: 405, message: '请求方法不被支持' },
  CONFLICT: { status: 409, message: '操作冲突，请刷新后重试' },
  ILLEGAL_TRANSITION: { status: 409, message: '当前状态不能进行此操作' },
  MEMBER_LIMIT: { status: 409, message: '家庭成员已达上限' },
  PAYLOAD_TOO_LARGE: { status: 413, message: '提交的内容过大' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: '请以 JSON 格式提交' },
  RATE_LIMITED: { status: 429, message: '操作太频繁，请稍后再试' },
  INTERNAL: { status: 500, message: '系统繁忙，请稍后再试' },
  UPSTREAM_FAILED: { status: 502, message: '微信服务暂时不可用，请稍后再试' },
  UNAVAILABLE: { status: 503, message: '服务暂时不可用，请稍后再试' },
} as const satisfies Record<string, { status: number; message: string }>;

export type GenericCode = keyof typeof GENERIC_ERRORS;

const generic = GENERIC_ERRORS as Record<string, { status: number; message: string }>;

export const DEFAULT_MESSAGES: Record<string, string> = Object.fromEntries(Object.entries(GENERIC_ERRORS).map(([code, e]) => [code, e.message]));

/** An expected failure raised by the server: a stable code, a Chinese message, its HTTP status. */
export class AppError extends DomainError {
  constructor(code: GenericCode, message?: string, fields?: FieldErrors, status?: number);
  constructor(code: string, message: string, fields: FieldErrors | undefined, status: number);
  constructor(code: string, message?: string, fields?: FieldErrors, status?: number) {
    super(code, message ?? generic[code]?.message ?? generic.INTERNAL.message, status ?? generic[code]?.status ?? 400, fields);
    this.name = 'AppError';
  }
}

/**
 * A service's own refusal codes: `const clinicError = defineErrorCodes({ SLOT_FULL: {…} })`
 * then `throw clinicError('SLOT_FULL')` or `clinicError('SLOT_FULL', '更具体的说明')`.
 */
export function defineErrorCodes<C extends Record<string, { status: number; message: string }>>(codes: C) {
  const raise = (code: keyof C & string, message?: string, fields?: FieldErrors) => new AppError(code, message ?? codes[code].message, fields, codes[code].status);
  return Object.assign(raise, { codes });
}

export const notFound = (message?: string) => new AppError('NOT_FOUND', message);
