/**
 * One structured line per call. Only the fields below are ever written: no input, no
 * output, no identity, so no ID or phone number can reach the log.
 */
export interface CallLogLine {
  fn: string;
  action: string;
  code: string;
  ms: number;
  host: 'http' | 'wechat';
  replay?: boolean;
}

export interface Logger {
  call(line: CallLogLine): void;
  /** Operational events (startup, sender results) with no personal data. */
  info(event: string, fields?: Record<string, string | number | boolean>): void;
  error(event: string, fields?: Record<string, string | number | boolean>): void;
}

/** Every logged string is cut to this many characters, so no input can make a line long. */
export const MAX_LOGGED_STRING = 64;

const capped = (fields: object) =>
  Object.fromEntries(Object.entries(fields).map(([k, v]) => [k.slice(0, MAX_LOGGED_STRING), typeof v === 'string' ? v.slice(0, MAX_LOGGED_STRING) : v]));

export function jsonLogger(write: (line: string) => void = (l) => process.stdout.write(`${l}\n`)): Logger {
  const emit = (level: string, event: string, fields: object) =>
    write(JSON.stringify({ t: new Date().toISOString(), level, event: event.slice(0, MAX_LOGGED_STRING), ...capped(fields) }));
  return {
    call: (line) => emit('info', 'call', line),
    info: (event, fields = {}) => emit('info', event, fields),
    error: (event, fields = {}) => emit('error', event, fields),
  };
}

export const silentLogger: Logger = { call: () => undefined, info: () => undefined, error: () => undefined };
