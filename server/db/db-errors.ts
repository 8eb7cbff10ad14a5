/**
 * What a database error means for the caller. Serialization failures and deadlocks are
 * retried by the transaction runner; what is left is never a 500: a broken constraint is a
 * conflict (409), a value the engine refuses is bad input (400), anything else means the
 * database cannot serve now (503).
 */
export type DbErrorKind = 'retry' | 'conflict' | 'invalid' | 'unavailable';

interface CodedError {
  code?: unknown;
  severity?: unknown;
}

const SQLSTATE = /^[0-9A-Z]{5}$/;

export function classifyDbError(error: unknown): DbErrorKind | null {
  if (!error || typeof error !== 'object') return null;
  const code = (error as CodedError).code;
  if (typeof code !== 'string') return null;
  if (code.startsWith('SQLITE_')) {
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'retry';
    if (code.startsWith('SQLITE_CONSTRAINT')) return 'conflict';
    if (code === 'SQLITE_MISMATCH' || code === 'SQLITE_TOOBIG' || code === 'SQLITE_RANGE') return 'invalid';
    return 'unavailable';
  }
  // node-postgres errors carry a SQLSTATE and a severity; connection errors a Node code.
  if (SQLSTATE.test(code) && (error as CodedError).severity !== undefined) {
    if (code === '40001' || code === '40P01') return 'retry';
    if (code.startsWith('23')) return 'conflict';
    if (code.startsWith('22')) return 'invalid';
    return 'unavailable';
  }
  if (['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', '57P01', '53300'].includes(code)) return 'unavailable';
  return null;
}

/** The SQLSTATE or SQLite code, safe to log (no SQL text, no values). */
export const dbErrorCode = (error: unknown): string => String((error as CodedError)?.code ?? 'unknown').slice(0, 32);
