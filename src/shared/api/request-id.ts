/** An idempotency key for one user intent; the server answers a repeat with the first result. */
export function createRequestId(): string {
  const random = Math.random().toString(36).slice(2, 10) + Math.random().toString(36).slice(2, 10)
  return `${Date.now().toString(36)}-${random}`
}
