export type FieldErrors = Record<string, string>;

/** Stable error codes and the HTTP status each maps to. */
export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  MALFORMED_REQUEST: 400,
  CONSENT_REQUIRED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  UNKNOWN_FUNCTION: 404,
  UNKNOWN_ACTION: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  MEMBER_LIMIT: 409,
  SLOT_FULL: 409,
  SLOT_NOT_BOOKABLE: 409,
  DUPLICATE_REGISTRATION: 409,
  DAILY_LIMIT: 409,
  BOOKING_SUSPENDED: 403,
  REVISIT_NOT_ELIGIBLE: 409,
  CANCEL_TOO_LATE: 409,
  INVALID_TRANSITION: 409,
  CAPACITY_BELOW_BOOKED: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UPSTREAM_FAILED: 502,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS | (string & {});

export const DEFAULT_MESSAGES: Record<string, string> = {
  VALIDATION_FAILED: '提交的信息有误，请检查后重试',
  MALFORMED_REQUEST: '请求格式不正确',
  UNAUTHENTICATED: '请先登录',
  FORBIDDEN: '没有权限进行此操作',
  NOT_FOUND: '未找到相关记录',
  UNKNOWN_FUNCTION: '服务不存在',
  UNKNOWN_ACTION: '操作不存在',
  METHOD_NOT_ALLOWED: '请求方法不被支持',
  CONFLICT: '操作冲突，请刷新后重试',
  PAYLOAD_TOO_LARGE: '提交的内容过大',
  UNSUPPORTED_MEDIA_TYPE: '请以 JSON 格式提交',
  RATE_LIMITED: '操作太频繁，请稍后再试',
  SLOT_FULL: '该时段号源已约满，请选择其他时段',
  SLOT_NOT_BOOKABLE: '该时段当前不可预约',
  DUPLICATE_REGISTRATION: '该就诊人当天已预约此科室',
  DAILY_LIMIT: '该就诊人当天预约已达上限',
  BOOKING_SUSPENDED: '因多次爽约，暂停预约',
  REVISIT_NOT_ELIGIBLE: '不符合三日内同一疾病免费复诊条件',
  CANCEL_TOO_LATE: '已过免费取消时间（就诊日0点前）',
  INVALID_TRANSITION: '当前状态不能进行此操作',
  CAPACITY_BELOW_BOOKED: '号源数不能少于已预约人数',
  INTERNAL: '系统繁忙，请稍后再试',
  UPSTREAM_FAILED: '微信服务暂时不可用，请稍后再试',
};

/** An expected failure: a stable code, a Chinese message for display, optional field errors. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields?: FieldErrors;

  constructor(code: ErrorCode, message?: string, fields?: FieldErrors) {
    super(message ?? DEFAULT_MESSAGES[code] ?? DEFAULT_MESSAGES.INTERNAL);
    this.code = code;
    this.fields = fields;
  }
}

export function httpStatusFor(code: string): number {
  return (ERROR_STATUS as Record<string, number>)[code] ?? 400;
}

export const notFound = (message?: string) => new AppError('NOT_FOUND', message);
