import { z, type ZodTypeAny } from 'zod';
import type { App } from '../app';
import { classifyDbError, dbErrorCode } from '../db/db-errors';
import { inTransaction } from '../db/transaction';
import { resolveOpenid, resolveToken } from '../features/account/identity';
import { DomainError } from '../../src/domain/domain-error';
import { mayCall, type ActionContext, type ActionDefinition, type AuthedAction, type Identity } from './action';
import { failure, success, type Envelope } from './envelope';
import { AppError, GENERIC_ERRORS } from './errors';
import { DuplicateRequest, recordAnswer, storedAnswer } from './idempotency';
import { fieldErrorsFrom } from './validation';

const callSchema = z
  .object({
    action: z.string().min(1).max(64),
    data: z.record(z.unknown()).optional(),
    requestId: z
      .string()
      .min(8)
      .max(64)
      .regex(/^[A-Za-z0-9_-]+$/, 'requestId 只能包含字母、数字、下划线和短横线')
      .optional(),
  })
  .strict();

/** Where the caller's identity comes from: a session token (HTTP) or WeChat's context (cloud). */
export type CallerSource = { kind: 'token'; token?: string; address?: string } | { kind: 'wechat'; openid?: string };

export interface CallOutcome {
  envelope: Envelope;
  /** The HTTP status of the envelope. */
  status: number;
  replay: boolean;
}

const own = <T>(record: Record<string, T>, key: string): T | undefined => (Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined);

async function identify(app: App, source: CallerSource, now: Date): Promise<Identity | null> {
  if (source.kind === 'wechat') return source.openid ? resolveOpenid(app, source.openid, now) : null;
  if (!source.token) return null;
  const identity = await resolveToken(app, source.token, now);
  // A token that is present but bad is an error, not an anonymous call.
  if (!identity) throw new AppError('UNAUTHENTICATED', '登录已过期，请重新登录');
  return identity;
}

/**
 * Rate limits, counted in memory per host process: mutations per account; reads per
 * account (generous); and, for calls without an account (logins, public reads), per
 * client address. A retried request whose answer is stored is answered before counting.
 */
function assertWithinLimits(app: App, action: ActionDefinition, identity: Identity | null, source: CallerSource, now: Date) {
  const address = source.kind === 'token' ? source.address : undefined;
  const key = identity ? identity.accountId : address ? `addr:${address}` : null;
  if (!key) return;
  const allowed = action.mutation
    ? identity
      ? app.limits.mutations.tryTake(key, now)
      : app.limits.logins.tryTake(key, now)
    : app.limits.reads.tryTake(key, now);
  if (!allowed) throw new AppError('RATE_LIMITED');
}

async function run(app: App, fn: string, name: string, action: ActionDefinition, input: unknown, identity: Identity | null, source: CallerSource, requestId: string | undefined, now: Date): Promise<CallOutcome> {
  const host = source.kind === 'wechat' ? 'wechat' : 'http';
  const invoke = (ctx: ActionContext) => (action.auth === 'required' ? action.handle(input, { ...ctx, identity: identity! }) : action.handle(input, ctx));

  if (!action.mutation) {
    return { envelope: success(await invoke({ app, db: app.db, identity, host, now })), status: 200, replay: false };
  }
  const keyed = identity && requestId ? { accountId: identity.accountId, requestId, fn, action: name } : null;
  try {
    assertWithinLimits(app, action, identity, source, now);
  } catch (limited) {
    // A retry of a committed request gets its stored answer even when the account is limited.
    const earlier = keyed ? await storedAnswer(app.db, keyed) : null;
    if (earlier) return { envelope: earlier, status: 200, replay: true };
    throw limited;
  }
  // A retry runs like a first attempt: the answer's unique key, written last, turns a
  // repeat into a rollback, and the stored first answer is returned (no read up front).
  try {
    return await inTransaction(app.db, async (trx) => {
      const envelope = success(await invoke({ app, db: trx, identity, host, now }));
      if (keyed) await recordAnswer(trx, { ...keyed, envelope, now });
      return { envelope, status: 200, replay: false };
    });
  } catch (error) {
    // A concurrent duplicate committed first (its effects may be what refused this one): its answer is the answer.
    const first = keyed ? await storedAnswer(app.db, keyed) : null;
    if (first) return { envelope: first, status: 200, replay: true };
    if (error instanceof DuplicateRequest) throw new AppError('CONFLICT');
    throw error;
  }
}

/** The refusal a thrown error becomes: domain errors as they are; database errors never a 500. */
export function outcomeOf(app: App, error: unknown, logged: { fn: string; action: string }): CallOutcome {
  if (error instanceof DomainError) return { envelope: failure(error.code, error.message, error.fields), status: error.status, replay: false };
  const kind = classifyDbError(error);
  if (kind) {
    app.logger.error('db_error', { ...logged, dbCode: dbErrorCode(error), kind });
    const code = kind === 'invalid' ? 'VALIDATION_FAILED' : kind === 'unavailable' ? 'UNAVAILABLE' : 'CONFLICT';
    const message = kind === 'conflict' ? '数据已被他人修改，请刷新后重试' : kind === 'retry' ? '同时操作的人较多，请稍后重试' : GENERIC_ERRORS[code].message;
    return { envelope: failure(code, message), status: GENERIC_ERRORS[code].status, replay: false };
  }
  app.logger.error('unhandled', { ...logged, kind: error instanceof Error ? error.name : typeof error });
  return { envelope: failure('INTERNAL', GENERIC_ERRORS.INTERNAL.message), status: 500, replay: false };
}

/** Validates, authenticates, authorises, limits, runs and logs one call; never throws. */
export async function dispatch(app: App, fn: string, body: unknown, source: CallerSource): Promise<CallOutcome> {
  const started = process.hrtime.bigint();
  const host = source.kind === 'wechat' ? 'wechat' : 'http';
  // Only names the host knows are logged: a path or action made of personal data never is.
  const logged = { fn: own(app.functions, fn) ? fn : '?', action: '-' };
  let outcome: CallOutcome;
  try {
    outcome = await dispatchUnlogged(app, fn, body, source, (name) => {
      logged.action = name;
    });
  } catch (error) {
    outcome = outcomeOf(app, error, logged);
  }
  const code = outcome.envelope.ok ? 'OK' : outcome.envelope.error.code;
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  app.logger.call({ ...logged, code, ms: Math.round(ms * 10) / 10, host, ...(outcome.replay ? { replay: true } : {}) });
  return outcome;
}

async function dispatchUnlogged(app: App, fn: string, body: unknown, source: CallerSource, named: (action: string) => void): Promise<CallOutcome> {
  const actions = own(app.functions, fn);
  if (!actions) throw new AppError('UNKNOWN_FUNCTION');
  const call = callSchema.safeParse(body);
  if (!call.success) throw new AppError('VALIDATION_FAILED', '请求格式不正确', fieldErrorsFrom(call.error));
  const { action: name, data = {}, requestId } = call.data;
  const action = own(actions, name);
  if (!action) throw new AppError('UNKNOWN_ACTION');
  named(name);

  const now = app.clock.now();
  const identity = await identify(app, source, now);
  if (action.auth === 'required' && !identity) throw new AppError('UNAUTHENTICATED');

  const parsed = action.input.safeParse(data);
  if (!parsed.success) throw new AppError('VALIDATION_FAILED', undefined, fieldErrorsFrom(parsed.error));
  if (action.auth === 'required' && !mayCall(action as AuthedAction<ZodTypeAny>, identity!, parsed.data)) throw new AppError('FORBIDDEN');

  if (!action.mutation) assertWithinLimits(app, action, identity, source, now);
  return run(app, fn, name, action, parsed.data, identity, source, requestId, now);
}
