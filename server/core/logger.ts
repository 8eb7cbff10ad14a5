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

export function jsonLogger(write: (line: string) => void = (l) => process.stdout.write(`${l}\n`)): Logger {
  const emit = (level: string, event: string, fields: object) =>
    write(JSON.stringify({ t: new Date().toISOString(), level, event, ...fields }));
  return {
    call: (line) => emit('info', 'call', line),
    info: (event, fields = {}) => emit('info', event, fields),
    error: (event, fields = {}) => emit('error', event, fields),
  };
}

export const silentLogger: Logger = { call: () => undefined, info: () => undefined, error: () => undefined };
