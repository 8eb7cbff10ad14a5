export type ApiErrorCode =
  | 'VALIDATION_FAILED'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'MEMBER_LIMIT'
  | 'CONSENT_REQUIRED'
  | 'RATE_LIMITED'
  | 'INTERNAL'
  | 'NETWORK'
  | (string & {})

export class ApiError extends Error {
  readonly code: ApiErrorCode
  readonly fields: Record<string, string>

  constructor(code: ApiErrorCode, message: string, fields: Record<string, string> = {}) {
    super(message)
    this.name = 'ApiError'
    this.code = code
    this.fields = fields
  }
}

export const NETWORK_ERROR_MESSAGE = '网络不给力，请检查网络后重试'

/** Any thrown value as a message a resident can read. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message
  return '出了点问题，请稍后重试'
}

/** Any thrown value as an ApiError, so screens handle one kind of failure. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error
  return new ApiError('INTERNAL', errorMessage(error))
}
